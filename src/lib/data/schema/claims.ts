/** 6. Contested claims, each side's account beside the other (data/tables/claims.yaml). */
import { z } from 'zod';
import { slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const claimRow = z
  .object({
    id: slug,
    question: text,
    kyrgyz_account: text,
    tajik_account: text,
    independent_view: text,
    events: z.array(slug).default([]),
    ...sourced,
  })
  .strict();
export type ClaimRow = z.infer<typeof claimRow>;
