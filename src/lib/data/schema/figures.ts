/** 2 & 3. Figures: casualties, displacement and destruction (data/tables/casualties.yaml, impact.yaml). */
import { z } from 'zod';
import { QUALIFIERS, partialDate, slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const SIDES = ['KGZ', 'TJK', 'both'] as const;
export const ACCOUNTS = ['official', 'unofficial', 'independent', 'other-side-claim', 'media-count'] as const;

function figureRow<M extends readonly [string, ...string[]]>(metrics: M) {
  return z
    .object({
      id: slug,
      /** the timeline row of the episode the figure belongs to */
      episode: slug,
      /** whose losses the figure counts (not who reports it); "both" is a combined or unattributed total */
      side: z.enum(SIDES),
      metric: z.enum(metrics),
      /** where the figure applies when it covers part of the episode ("Leilek district") */
      scope: text.optional(),
      /** null where the figure was never published (the note must say so) */
      value: z.number().nonnegative().nullable(),
      /** upper end where the source gives a range (value is then the lower end) */
      value_max: z.number().nonnegative().optional(),
      qualifier: z.enum(QUALIFIERS).default('exact'),
      /** when the figure was reported, as precisely as known */
      as_of: partialDate.optional(),
      as_of_label: text.optional(),
      reported_by: text,
      account: z.enum(ACCOUNTS),
      /** the last figure of its series that the sources give */
      final: z.boolean().default(false),
      ...sourced,
    })
    .strict()
    .refine((r) => r.value_max === undefined || (r.value !== null && r.value_max > r.value), {
      message: 'value_max must be greater than value',
      path: ['value_max'],
    })
    .refine((r) => r.value !== null || r.note !== undefined, {
      message: 'a figure that was never published (value: null) needs a note saying so',
      path: ['note'],
    });
}

export const CASUALTY_METRICS = ['killed', 'injured', 'civilians-killed', 'civilians-injured', 'troops-killed'] as const;
export const casualtyRow = figureRow(CASUALTY_METRICS);
export type CasualtyRow = z.infer<typeof casualtyRow>;

export const IMPACT_METRICS = [
  'evacuated',
  'still-displaced',
  'houses-destroyed',
  'houses-damaged',
  'buildings-damaged',
  'facilities-damaged',
  'front-length-km',
  'area-affected-km2',
] as const;
export const impactRow = figureRow(IMPACT_METRICS);
export type ImpactRow = z.infer<typeof impactRow>;
