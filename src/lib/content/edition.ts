/** The story's masthead and end matter (src/content/edition.yaml), validated at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

const editionSchema = z
  .object({
    kicker: z.string().min(1),
    title: z.string().min(1),
    headline: z.string().min(1),
    dek: z.string().min(1),
    published: isoDate,
    updated: isoDate,
    byline: z.string().min(1),
    opening_map: z.object({ title: z.string().min(1), description: z.string().min(40) }).strict(),
    credits: z.array(z.object({ role: z.string().min(1), by: z.string().min(1) }).strict()).min(1),
    corrections_contact: z.string().min(1),
  })
  .strict()
  .refine((e) => e.updated >= e.published, { message: 'updated must not be before published', path: ['updated'] });

export type Edition = z.infer<typeof editionSchema>;

export function loadEdition(root = process.cwd()): Edition {
  const result = editionSchema.safeParse(parse(readFileSync(join(root, 'src/content/edition.yaml'), 'utf8')));
  if (!result.success) throw new Error(`src/content/edition.yaml: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}
