/**
 * The whole data set as CSV files, for the newsroom kit's data download: `<table>.csv` for every
 * table (TABLE_NAMES, in that order), one line per row in the table's order, and `sources.csv`,
 * one line per source of every row. In the edition of `data` (its text fields translated; ids,
 * numbers, dates and sources are the same in every edition). Build time only.
 *
 * A table's columns are its schema's fields, in the schema's order (so a column is there even
 * where no row fills it, and the order never depends on the rows):
 * - a text, number or boolean field is one column ("true"/"false"; dates as ISO text);
 * - a list (facts, places, variants, …) is one column, its items joined with "; ";
 * - an object field (a place's location) is one column per key any of its forms has, named
 *   `<field>_<key>` (location_lon, location_lat, location_source, location_geonames_id, …);
 * - the sources are three columns, source_outlets, source_urls and source_dates, each joined with
 *   " | " in the same order (sources.csv has them one per line, with date_inferred).
 * A row with a field the schema does not have, or a field of a kind this cannot write, throws:
 * nothing is dropped silently.
 */
import { z, type ZodTypeAny } from 'zod';
import { TABLES, TABLE_NAMES, type Dataset, type TableName } from '../data/tables.ts';
import { isoDate, toCsv, type CsvCell } from './csv.ts';

export const SOURCES_CSV = 'sources.csv';
export const SOURCES_HEADER = ['table', 'row_id', 'outlet', 'title', 'url', 'date', 'date_inferred'] as const;
/** Between the items of a list, and between the sources, in one cell. */
export const LIST_SEPARATOR = '; ';
export const SOURCE_SEPARATOR = ' | ';

type Row = Record<string, unknown>;
interface Column {
  name: string;
  cell: (row: Row) => CsvCell;
}

/** The type inside optional, nullable, default and refined wrappers. */
function unwrap(type: ZodTypeAny): ZodTypeAny {
  let t = type;
  for (;;) {
    if (t instanceof z.ZodEffects) t = t.innerType();
    else if (t instanceof z.ZodOptional || t instanceof z.ZodNullable) t = t.unwrap();
    else if (t instanceof z.ZodDefault) t = t.removeDefault();
    else return t;
  }
}

/** The keys of an object type, or of every form of a union of them, in order, once each. */
function objectKeys(type: ZodTypeAny): string[] | undefined {
  const t = unwrap(type);
  if (t instanceof z.ZodObject) return Object.keys(t.shape as object);
  if (t instanceof z.ZodUnion || t instanceof z.ZodDiscriminatedUnion) {
    const options = [...(t.options as ZodTypeAny[])].map(objectKeys);
    if (options.every((o): o is string[] => o !== undefined)) return [...new Set(options.flat())];
  }
  return undefined;
}

/** One value as a cell: text, a number, "true"/"false", or empty. */
function scalar(value: unknown, where: string): CsvCell {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`data CSV: ${where} is not a single value (${JSON.stringify(value)})`);
}

const where = (table: TableName, row: Row, field: string) => `${table}/${String(row.id)} ${field}`;

function columnsOf(table: TableName): Column[] {
  const keys = objectKeys(TABLES[table].schema);
  if (!keys) throw new Error(`data CSV: the schema of ${table} is not an object`);
  const shape = (unwrap(TABLES[table].schema) as z.AnyZodObject).shape as Record<string, ZodTypeAny>;
  return keys.flatMap((key): Column[] => {
    const type = unwrap(shape[key]!);
    if (key === 'sources') {
      const part = (name: string, get: (s: Row) => unknown) => ({
        name,
        cell: (row: Row) => ((row.sources as Row[] | undefined) ?? []).map((s) => String(scalar(get(s), where(table, row, name)) ?? '')).join(SOURCE_SEPARATOR),
      });
      return [part('source_outlets', (s) => s.outlet), part('source_urls', (s) => s.url), part('source_dates', (s) => isoDate(s.date) ?? 'undated')];
    }
    if (type instanceof z.ZodArray) {
      if (objectKeys(type.element as ZodTypeAny)) throw new Error(`data CSV: cannot write ${table}.${key}, a list of objects`);
      return [
        {
          name: key,
          cell: (row) => {
            const v = row[key];
            if (v === undefined) return undefined;
            if (!Array.isArray(v)) throw new Error(`data CSV: ${where(table, row, key)} is not a list`);
            return v.map((x, i) => String(scalar(x, `${where(table, row, key)}[${i}]`) ?? '')).join(LIST_SEPARATOR);
          },
        },
      ];
    }
    const sub = objectKeys(type);
    if (sub) {
      return sub.map((k) => ({
        name: `${key}_${k}`,
        cell: (row: Row) => {
          const v = row[key];
          if (v === undefined || v === null) return undefined;
          if (typeof v !== 'object') throw new Error(`data CSV: ${where(table, row, key)} is not an object`);
          return scalar((v as Row)[k], where(table, row, `${key}.${k}`));
        },
      }));
    }
    return [{ name: key, cell: (row) => scalar(row[key], where(table, row, key)) }];
  });
}

/** One table as CSV: its header (the columns above) and one line per row. */
function tableCsv(table: TableName, rows: Row[]): string {
  const columns = columnsOf(table);
  const known = new Set(objectKeys(TABLES[table].schema));
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) throw new Error(`data CSV: ${where(table, row, key)} is not a field of the ${table} table's schema`);
      const v = row[key];
      // an object field's keys must all have columns too
      if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
        for (const k of Object.keys(v)) {
          if (!columns.some((c) => c.name === `${key}_${k}`)) throw new Error(`data CSV: ${where(table, row, `${key}.${k}`)} has no column`);
        }
      }
    }
  }
  return toCsv(
    columns.map((c) => c.name),
    rows.map((row) => columns.map((c) => c.cell(row))),
  );
}

/** Every table of the data set as `<table>.csv`, and `sources.csv`. */
export function datasetCsvFiles(data: Dataset): { name: string; csv: string }[] {
  const files = TABLE_NAMES.map((table) => ({ name: `${table}.csv`, csv: tableCsv(table, data[table] as unknown as Row[]) }));
  const sources: CsvCell[][] = [];
  for (const table of TABLE_NAMES) {
    for (const row of data[table] as unknown as Row[]) {
      for (const s of row.sources as Row[]) {
        sources.push([
          table,
          String(row.id),
          scalar(s.outlet, where(table, row, 'sources.outlet')),
          scalar(s.title, where(table, row, 'sources.title')),
          scalar(s.url, where(table, row, 'sources.url')),
          isoDate(s.date) ?? 'undated',
          s.date_inferred ? 'true' : 'false',
        ]);
      }
    }
  }
  files.push({ name: SOURCES_CSV, csv: toCsv([...SOURCES_HEADER], sources) });
  return files;
}
