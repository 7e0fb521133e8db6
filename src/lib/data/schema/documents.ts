/** 6. The Soviet-era documents each side cites (data/tables/documents.yaml). */
import { z } from 'zod';
import { slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

export const documentRow = z
  .object({
    id: slug,
    year: z.number().int().min(1900).max(1991),
    end_year: z.number().int().min(1900).max(1991).optional(),
    title: text,
    detail: text,
    cited_by: z.enum(['KGZ', 'TJK', 'both']),
    ...sourced,
  })
  .strict()
  .refine((r) => r.end_year === undefined || r.end_year > r.year, { message: 'end_year must come after year', path: ['end_year'] });
export type DocumentRow = z.infer<typeof documentRow>;
