/**
 * Reads a locale's interface strings (src/content/<tag>/ui.yaml) and checks them against the
 * source locale's: a missing, extra or untranslated key, a placeholder that differs, or a plural
 * form the locale's rules need and the message lacks stops the build, naming the locale, the file,
 * the line and the key. Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, type DataIssue } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';
import { SOURCE_LOCALE, intlTag, localeOf } from './locales.ts';
import { isPlural, placeholders, translator, type Message, type MessageTable, type Translator } from './messages.ts';

export const uiFile = (tag: string) => `src/content/${tag}/ui.yaml`;

/** Nested YAML maps → dotted keys; a map of plural categories is one message. */
function flatten(value: unknown, prefix: string, out: MessageTable, bad: string[]) {
  if (typeof value === 'string') out[prefix] = value;
  else if (isPlural(value) && Object.values(value).every((v) => typeof v === 'string')) out[prefix] = value;
  else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, bad);
  } else bad.push(prefix);
}

function readTable(tag: string, root: string): { table: MessageTable; lineOf: (key: string) => number | undefined; issues: DataIssue[] } {
  const file = uiFile(tag);
  let source: string;
  try {
    source = readFileSync(join(root, file), 'utf8');
  } catch {
    return { table: {}, lineOf: () => undefined, issues: [{ file, message: `locale "${tag}": the file is missing` }] };
  }
  const { value, issues, lineOf } = readYamlFile(file, source);
  const table: MessageTable = {};
  const bad: string[] = [];
  if (!issues.length) flatten(value, '', table, bad);
  const keyLine = (key: string) => lineOf(key.split('.'));
  for (const key of bad) issues.push({ file, line: keyLine(key), field: key, message: `locale "${tag}": a message must be text or plural forms` });
  return { table, lineOf: keyLine, issues };
}

const LATIN_WORD = /[A-Za-z]{2,}/;

export function checkMessages(tag: string, table: MessageTable, source: MessageTable, lineOf: (key: string) => number | undefined): DataIssue[] {
  const file = uiFile(tag);
  const issues: DataIssue[] = [];
  const at = (key: string, message: string) => issues.push({ file, line: lineOf(key), field: key, message: `locale "${tag}": ${message}` });
  const categories = new Intl.PluralRules(intlTag(localeOf(tag))).resolvedOptions().pluralCategories;
  for (const key of Object.keys(source)) if (!(key in table)) at(key, 'the key is missing');
  for (const [key, m] of Object.entries(table)) {
    const en: Message | undefined = source[key];
    if (en === undefined) {
      at(key, `no such key in ${uiFile(SOURCE_LOCALE)}`);
      continue;
    }
    if (isPlural(en) !== isPlural(m)) at(key, isPlural(en) ? 'needs plural forms' : 'must be one text, not plural forms');
    if (isPlural(m)) for (const c of categories) if (!(c in m)) at(key, `lacks the plural form "${c}" its rules need`);
    const want = placeholders(en).join(', ');
    const got = placeholders(m).join(', ');
    if (want !== got) at(key, `uses the placeholders {${got}}, not {${want}}`);
    if (tag !== SOURCE_LOCALE && JSON.stringify(m) === JSON.stringify(en) && LATIN_WORD.test(JSON.stringify(en).replace(/\{\w+\}/g, ''))) at(key, 'is not translated (the same as the English)');
  }
  return issues;
}

const cache = new Map<string, MessageTable>();

/** The locale's checked messages; throws a DataError listing every problem. */
export function loadMessages(tag: string, root = process.cwd()): MessageTable {
  const hit = cache.get(`${root}\0${tag}`);
  if (hit) return hit;
  const source = readTable(SOURCE_LOCALE, root);
  const own = tag === SOURCE_LOCALE ? source : readTable(tag, root);
  const issues = [...source.issues, ...(tag === SOURCE_LOCALE ? [] : own.issues)];
  if (!issues.length) issues.push(...checkMessages(tag, own.table, source.table, own.lineOf));
  if (issues.length) throw new DataError(issues);
  cache.set(`${root}\0${tag}`, own.table);
  return own.table;
}

export function translatorFor(tag: string, root = process.cwd()): Translator {
  return translator(intlTag(localeOf(tag, root)), loadMessages(tag, root));
}
