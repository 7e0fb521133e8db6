/**
 * The story's editions (src/content/locales.yaml): a language tag, its name in itself, where it
 * is published and the font subsets its pages need. Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';

export const LOCALES_FILE = 'src/content/locales.yaml';

const localeSchema = z
  .object({
    tag: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag like "ru"'),
    name: z.string().min(1),
    path: z.string().regex(/^([a-z]{2,3}(-[a-z0-9]+)*)?$/, "must be '' (the root) or a lower-case tag like 'ru'"),
    /** the tag Intl formats with, where it differs ("en-GB": "1 May", no serial comma) */
    intl: z.string().optional(),
    fonts: z.string().regex(/^[a-z-]+(\+[a-z-]+)*$/, 'must be subsets joined by "+", like latin+cyrillic'),
  })
  .strict();

export type Locale = z.infer<typeof localeSchema>;

/** The locale the site's root serves, and the one every other locale's files are checked against. */
export const SOURCE_LOCALE = 'en';

let cached: Locale[] | undefined;

export function loadLocales(root = process.cwd()): Locale[] {
  if (cached && root === process.cwd()) return cached;
  const { value, issues, lineOf } = readYamlFile(LOCALES_FILE, readFileSync(join(root, LOCALES_FILE), 'utf8'));
  if (issues.length) throw new DataError(issues);
  const result = z.array(localeSchema).min(1).safeParse(value);
  if (!result.success) {
    throw new DataError(result.error.issues.map((i) => ({ file: LOCALES_FILE, line: lineOf(i.path), field: i.path.join('.'), message: i.message })));
  }
  const locales = result.data;
  const problems = [];
  if (locales[0]!.tag !== SOURCE_LOCALE || locales[0]!.path !== '') problems.push(`the first locale must be "${SOURCE_LOCALE}", served at the root (path: '')`);
  for (const l of locales.slice(1)) if (l.path === '') problems.push(`${l.tag}: only "${SOURCE_LOCALE}" is served at the root`);
  if (problems.length) throw new DataError(problems.map((message) => ({ file: LOCALES_FILE, message })));
  if (root === process.cwd()) cached = locales;
  return locales;
}

/** The tag to give Intl. */
export const intlTag = (l: Locale) => l.intl ?? l.tag;

export function localeOf(tag: string, root = process.cwd()): Locale {
  const l = loadLocales(root).find((x) => x.tag === tag);
  if (!l) throw new Error(`no locale "${tag}" in ${LOCALES_FILE}`);
  return l;
}
