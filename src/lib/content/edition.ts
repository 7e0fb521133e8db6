/**
 * An edition's masthead and end matter (src/content/<tag>/edition.yaml): its title, dates,
 * credits, chapter titles, the text of each correction, and how the story was made; checked
 * against the story (a title for every chapter, a text for every correction) at build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError, type DataIssue } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';

const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
const text = z.string().min(1);

const editionSchema = z
  .object({
    kicker: text,
    title: text,
    headline: text,
    dek: text,
    published: isoDate,
    updated: isoDate,
    byline: text,
    opening_map: z.object({ title: text, description: z.string().min(40) }).strict(),
    credits: z.array(z.object({ role: text, by: text }).strict()).min(1),
    corrections_contact: text,
    /** chapter id → title */
    chapters: z.record(text),
    /** correction id → what the earlier version said and what is right */
    corrections: z.record(text),
    method: z
      .object({
        heading: text,
        sections: z.array(z.object({ heading: text, paragraphs: z.array(text).min(1) }).strict()).min(1),
      })
      .strict(),
  })
  .strict()
  .refine((e) => e.updated >= e.published, { message: 'updated must not be before published', path: ['updated'] });

export type Edition = z.infer<typeof editionSchema>;

export const editionFile = (tag: string) => `src/content/${tag}/edition.yaml`;

export function loadEdition(tag: string, expect: { chapters: string[]; corrections: string[] }, root = process.cwd()): Edition {
  const file = editionFile(tag);
  const { value, issues, lineOf } = readYamlFile(file, readFileSync(join(root, file), 'utf8'));
  if (issues.length) throw new DataError(issues);
  const result = editionSchema.safeParse(value);
  if (!result.success) throw new DataError(result.error.issues.map((i) => ({ file, line: lineOf(i.path), field: i.path.join('.'), message: `locale "${tag}": ${i.message}` })));
  const e = result.data;
  const problems: DataIssue[] = [];
  const same = (field: 'chapters' | 'corrections', want: string[]) => {
    for (const id of want) if (!(id in e[field])) problems.push({ file, line: lineOf([field]), field: `${field}.${id}`, message: `locale "${tag}": missing` });
    for (const id of Object.keys(e[field])) if (!want.includes(id)) problems.push({ file, line: lineOf([field, id]), field: `${field}.${id}`, message: `locale "${tag}": no such ${field === 'chapters' ? 'chapter' : 'correction'}` });
  };
  same('chapters', expect.chapters);
  same('corrections', expect.corrections);
  if (problems.length) throw new DataError(problems);
  return e;
}
