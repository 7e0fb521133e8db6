/** The corrections log (src/content/corrections.yaml), newest first, validated at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const correction = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    text: z.string().min(1),
  })
  .strict();

export type Correction = z.infer<typeof correction>;

export function loadCorrections(root = process.cwd()): Correction[] {
  const raw = parse(readFileSync(join(root, 'src/content/corrections.yaml'), 'utf8')) ?? [];
  const result = z.array(correction).safeParse(raw);
  if (!result.success) throw new Error(`src/content/corrections.yaml: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data.sort((a, b) => b.date.localeCompare(a.date));
}
