/** 6. Context: single sourced claims on geography, counts and findings (data/tables/context.yaml). */
import { z } from 'zod';
import { slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const contextRow = z
  .object({
    id: slug,
    /** one sourced claim, in our words */
    statement: text,
    ...sourced,
  })
  .strict();
export type ContextRow = z.infer<typeof contextRow>;
