/**
 * The reader-visible text of data rows in another locale (data/text/<tag>/<table>.yaml), by row
 * id: numbers, dates, ids and sources stay in data/tables, only the words change. Every text
 * field a row has must be translated, and nothing else: a missing, extra or unknown row or field
 * stops the build with the file, the line, the row and the field. Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, type DataIssue } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';
import { TABLES, TABLE_NAMES, type Dataset, type TableName } from '../data/tables.ts';
import { SOURCE_LOCALE } from './locales.ts';

/** The fields of each table a reader sees as words (names come from data/gazetteer.yaml). */
export const TEXT_FIELDS = {
  timeline: ['date_label', 'title', 'summary', 'note'],
  casualties: ['scope', 'as_of_label', 'reported_by', 'note'],
  impact: ['scope', 'as_of_label', 'reported_by', 'note'],
  delimitation: ['claimed_label', 'word', 'claimant', 'chart_label', 'summary', 'note'],
  places: ['role', 'note'],
  claims: ['question', 'kyrgyz_account', 'tajik_account', 'independent_view', 'note'],
  documents: ['title', 'detail', 'note'],
  context: ['statement', 'note'],
  glossary: ['term', 'definition', 'note'],
  settlement: ['item', 'detail', 'exchange_note', 'according_to', 'note'],
} as const satisfies Record<TableName, readonly string[]>;

export const dataTextFile = (tag: string, table: TableName) => `data/text/${tag}/${TABLES[table].file}`;

type Row = Record<string, unknown> & { id: string };

/** The table's rows with their text in `tag`, or the problems that stop it. */
function localizeTable(table: TableName, rows: Row[], tag: string, root: string): { rows: Row[]; issues: DataIssue[] } {
  const file = dataTextFile(tag, table);
  const fields: readonly string[] = TEXT_FIELDS[table];
  const wanted = rows.filter((r) => fields.some((f) => r[f] !== undefined));
  let source: string;
  try {
    source = readFileSync(join(root, file), 'utf8');
  } catch {
    return { rows, issues: wanted.length ? [{ file, message: `locale "${tag}": the file is missing (${wanted.length} rows of data/tables/${TABLES[table].file} have text)` }] : [] };
  }
  const { value, issues, lineOf } = readYamlFile(file, source);
  if (issues.length) return { rows, issues };
  const text = (value ?? {}) as Record<string, Record<string, unknown>>;
  if (typeof text !== 'object' || Array.isArray(text)) return { rows, issues: [{ file, message: 'must map row ids to their fields' }] };
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: DataIssue[] = [];
  for (const [id, entry] of Object.entries(text)) {
    const row = byId.get(id);
    if (!row) {
      out.push({ file, id, line: lineOf([id]), message: `no row "${id}" in data/tables/${TABLES[table].file}` });
      continue;
    }
    for (const [field, v] of Object.entries(entry ?? {})) {
      if (!fields.includes(field)) out.push({ file, id, line: lineOf([id, field]), field, message: `is not a text field of ${table} (those are ${fields.join(', ')})` });
      else if (row[field] === undefined) out.push({ file, id, line: lineOf([id, field]), field, message: `the row has no ${field} in data/tables/${TABLES[table].file}` });
      else if (typeof v !== 'string' || !v.trim()) out.push({ file, id, line: lineOf([id, field]), field, message: 'must be non-empty text' });
    }
  }
  for (const row of wanted) {
    for (const f of fields) {
      if (row[f] !== undefined && text[row.id]?.[f] === undefined) out.push({ file, id: row.id, line: lineOf([row.id]), field: f, message: `locale "${tag}": not translated` });
    }
  }
  if (out.length) return { rows, issues: out };
  return { rows: rows.map((r) => ({ ...r, ...(text[r.id] ?? {}) }) as Row), issues: [] };
}

/** The data set with every text field in `tag`; the source locale's is the data set itself. */
export function localizeDataset(dataset: Dataset, tag: string, root = process.cwd()): Dataset {
  if (tag === SOURCE_LOCALE) return dataset;
  const issues: DataIssue[] = [];
  const out = { ...dataset } as Record<TableName, Row[]>;
  for (const table of TABLE_NAMES) {
    const r = localizeTable(table, dataset[table] as unknown as Row[], tag, root);
    out[table] = r.rows;
    issues.push(...r.issues);
  }
  if (issues.length) throw new DataError(issues);
  return out as unknown as Dataset;
}
