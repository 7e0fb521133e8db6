/** 6. The 2025 settlement, as Kyrgyzstan described it (data/tables/settlement.yaml). */
import { z } from 'zod';
import { slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const settlementRow = z
  .object({
    id: slug,
    item: text,
    detail: text,
    /** hectares Kyrgyzstan hands to Tajikistan / receives, as the claimant states them */
    hectares_to_tjk: z.number().nonnegative().optional(),
    hectares_to_kgz: z.number().nonnegative().optional(),
    /** for a reported total: "about" */
    hectares_qualifier: z.literal('about').optional(),
    /** for a total with a figure one way only: what the other way was said to be */
    exchange_note: text.optional(),
    /** houses handed over each way, and new houses built for the resettled */
    houses_to_tjk: z.number().int().nonnegative().optional(),
    houses_to_kgz: z.number().int().nonnegative().optional(),
    houses_built: z.number().int().nonnegative().optional(),
    places: z.array(slug).default([]),
    according_to: text,
    ...sourced,
  })
  .strict();
export type SettlementRow = z.infer<typeof settlementRow>;
