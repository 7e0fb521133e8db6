/** 6. The glossary (data/tables/glossary.yaml). */
import { z } from 'zod';
import { slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const glossaryRow = z
  .object({
    id: slug,
    term: text,
    variants: z.array(text).default([]),
    definition: text,
    see_also: z.array(slug).default([]),
    ...sourced,
  })
  .strict();
export type GlossaryRow = z.infer<typeof glossaryRow>;
