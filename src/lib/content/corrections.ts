/** The corrections log (src/content/corrections.yaml: id and date; each edition writes the text), newest first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';

export const CORRECTIONS_FILE = 'src/content/corrections.yaml';

const correction = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();

export type Correction = z.infer<typeof correction>;

export function loadCorrections(root = process.cwd()): Correction[] {
  const { value, issues, lineOf } = readYamlFile(CORRECTIONS_FILE, readFileSync(join(root, CORRECTIONS_FILE), 'utf8'));
  if (issues.length) throw new DataError(issues);
  const result = z.array(correction).safeParse(value ?? []);
  if (!result.success) throw new DataError(result.error.issues.map((i) => ({ file: CORRECTIONS_FILE, line: lineOf(i.path), field: i.path.join('.'), message: i.message })));
  return result.data.sort((a, b) => b.date.localeCompare(a.date));
}
