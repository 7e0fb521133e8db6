/** 4. Delimitation: the border's length and the "km agreed" claims (data/tables/delimitation.yaml). */
import { z } from 'zod';
import { QUALIFIERS, partialDate, slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const DELIMITATION_KINDS = ['length', 'agreed', 'increment', 'milestone'] as const;
export const CLAIMANT_SIDES = ['KGZ', 'TJK', 'both', 'media', 'reference'] as const;

export const delimitationRow = z
  .object({
    id: slug,
    /**
     * length: a figure for the whole border; agreed: how much was agreed by then; increment: km
     * agreed at one meeting or over a stated period; milestone: a step in the talks without a figure
     */
    kind: z.enum(DELIMITATION_KINDS),
    /** when the claim was made */
    claimed: partialDate,
    claimed_label: text.optional(),
    /** the date the claim describes, where it is not the date it was made ("before 2011") */
    refers_to: partialDate.optional(),
    km: z.number().positive().optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    /** the total the claimant measured it against ("519 of 970.8 km") */
    of_km: z.number().positive().optional(),
    not_agreed_km: z.number().nonnegative().optional(),
    percent: z.number().min(0).max(100).optional(),
    /** the source's own word: delimited, described, agreed, specified, demarcated … */
    word: text.optional(),
    claimant: text,
    side: z.enum(CLAIMANT_SIDES),
    /** part of the clean dated series for the "km agreed" chart (FACTS §1.2 chart advice) */
    series: z.boolean().default(false),
    /** a short label for charts ("Rahmon, 2022") */
    chart_label: text.optional(),
    summary: text,
    ...sourced,
  })
  .strict()
  .refine((r) => (r.kind === 'length' || r.kind === 'increment' ? r.km !== undefined : true), {
    message: 'a length or an increment needs km',
    path: ['km'],
  })
  .refine((r) => (r.kind === 'agreed' ? r.km !== undefined || r.percent !== undefined : true), {
    message: 'an "agreed" claim needs km or percent',
    path: ['km'],
  })
  .refine((r) => r.of_km === undefined || r.km === undefined || r.kind === 'length' || r.km <= r.of_km, {
    message: 'km agreed cannot exceed the total it is measured against',
    path: ['km'],
  })
  .refine((r) => !r.series || r.kind === 'agreed', { message: 'only "agreed" claims can be in the chart series', path: ['series'] });
export type DelimitationRow = z.infer<typeof delimitationRow>;
