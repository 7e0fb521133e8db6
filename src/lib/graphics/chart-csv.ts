/**
 * The data behind one chart as CSV, for the newsroom kit: ONE ROW PER VALUE of the rows the chart
 * rests on (its refs, "table/id", as chartRefs gives them), in the order of the refs and, within
 * a row, of its fields. The header is the same English snake_case in every edition, so one script
 * reads them all; the words (label, reported_by, note) are the edition's, as the localized data
 * set gives them. Build time only.
 *
 * Columns (CHART_CSV_HEADER):
 * - row_id: the ref ("casualties/sept-2022-kg-killed-final"); table: its table
 * - label: what the row says, as the story's "How we know" lists it (describeRow)
 * - metric: what the value measures, an English id: a casualty or impact row's metric ("killed",
 *   "houses-destroyed"); for delimitation "border-length", "agreed-km", "agreed-km-increment",
 *   "agreed-percent", "measured-against-km" (the total a claim of km agreed was set against),
 *   "not-agreed-km"; "year" for a document; "hectares-to-tjk", "hectares-to-kgz",
 *   "houses-to-tjk", "houses-to-kgz", "houses-built" for the settlement; "event" for a timeline row
 * - side: whose the value is, where the table says: the side whose losses a casualty or impact
 *   figure counts (KGZ, TJK, both); the side that made a delimitation claim (KGZ, TJK, both,
 *   media, reference); the side that cites a document; the country that receives land or homes in
 *   the settlement; empty otherwise
 * - value, value_max (the upper end of a range): numbers, or empty where there is none
 * - unit: an English id (people, houses, buildings, facilities, km, km2, percent, hectares, year)
 * - qualifier: exact, about, at-least, more-than or up-to; empty where the data gives none for
 *   that value (the total a delimitation claim was measured against, the km it left unagreed)
 * - date: the value's date, a partial ISO date as in the data (a figure's as_of, a claim's date,
 *   a document's year, an event's date); empty where the data has none
 * - reported_by: who gave the figure (reported_by, a claim's claimant, the settlement's
 *   according_to); account: official, unofficial, independent, other-side-claim or media-count,
 *   for casualty and impact figures
 * - confidence: solid, single, disputed or unconfirmed
 * - note: the row's note. A row with no value still has its line: a figure never published
 *   (value: null) with the note that says so; a row with no figure at all (a timeline episode, a
 *   settlement item without numbers, a milestone of the talks) with its note or, failing that, its
 *   own text; a settlement total given one way only with what the other way was said to be. So
 *   every line has a number in value or words in note.
 * - source_outlet, source_title, source_url, source_date: the row's sources. A row with several
 *   sources is still one line per value: each source column holds every source, joined with
 *   " | " in the same order, so the n-th outlet, title, URL and date are one source. The data
 *   keeps no titles, so source_title is empty unless a source has one; a source without a date is
 *   "undated".
 *
 * The values are the rows' own, not what a chart makes of them: a sum the incidents chart draws is
 * its two rows, a share the km-agreed chart works out from km is not a line, and Dostuk's 91
 * hectares to Tajikistan, which the settlement chart leaves out (they are inside the
 * Batken-district swap), are one of Dostuk's lines.
 * A ref listed twice gives its lines once.
 *
 * Nothing is dropped: a ref that is not "table/id", names a table this does not know or a row that
 * does not exist throws an Error that names it.
 */
import type { Dataset, TableName } from '../data/tables.ts';
import { TABLE_NAMES } from '../data/tables.ts';
import type { Formats } from '../i18n/format.ts';
import type { Names } from '../i18n/names.ts';
import { describeRow } from '../story/describe-row.ts';
import { isoDate, toCsv, type CsvCell } from './csv.ts';

export const CHART_CSV_HEADER = [
  'row_id',
  'table',
  'label',
  'metric',
  'side',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'date',
  'reported_by',
  'account',
  'confidence',
  'note',
  'source_outlet',
  'source_title',
  'source_url',
  'source_date',
] as const;

/** Between the sources of one row, in each source column. */
export const SOURCE_SEPARATOR = ' | ';

type Column = (typeof CHART_CSV_HEADER)[number];
type Line = Partial<Record<Column, CsvCell>>;

/** The unit of each casualty and impact metric. */
const FIGURE_UNIT: Record<Dataset['casualties' | 'impact'][number]['metric'], string> = {
  killed: 'people',
  injured: 'people',
  'civilians-killed': 'people',
  'civilians-injured': 'people',
  'troops-killed': 'people',
  evacuated: 'people',
  'still-displaced': 'people',
  'houses-destroyed': 'houses',
  'houses-damaged': 'houses',
  'buildings-damaged': 'buildings',
  'facilities-damaged': 'facilities',
  'front-length-km': 'km',
  'area-affected-km2': 'km2',
};

/** What a delimitation row's km measure, by its kind. */
const KM_METRIC: Record<Dataset['delimitation'][number]['kind'], string> = {
  length: 'border-length',
  agreed: 'agreed-km',
  increment: 'agreed-km-increment',
  milestone: 'milestone-km',
};

type AnyRow = Dataset[TableName][number];
type Sourced = { sources: { outlet: string; url: string; date: unknown; title?: string }[]; confidence: string; note?: string };

/** The source columns of a row: each source's part, joined in the same order. */
function sourceColumns(row: Sourced): Line {
  const join = (parts: string[]) => (parts.every((p) => p === '') ? '' : parts.join(SOURCE_SEPARATOR));
  return {
    source_outlet: join(row.sources.map((s) => s.outlet)),
    source_title: join(row.sources.map((s) => s.title ?? '')),
    source_url: join(row.sources.map((s) => s.url)),
    source_date: join(row.sources.map((s) => isoDate(s.date) ?? 'undated')),
  };
}

/** The value lines of one row, before the columns every line shares. */
function valueLines(table: TableName, row: AnyRow, ref: string): Line[] {
  /** a row without a figure: its line says what it is */
  const text = (words: string, extra: Line = {}): Line[] => [{ ...extra, note: (row as Sourced).note ?? words }];
  switch (table) {
    case 'casualties':
    case 'impact': {
      const r = row as Dataset['casualties' | 'impact'][number];
      if (r.value === null && !r.note) throw new Error(`chart CSV: ${ref} has no value and no note saying why`);
      return [
        {
          metric: r.metric,
          side: r.side,
          value: r.value,
          value_max: r.value_max,
          unit: FIGURE_UNIT[r.metric],
          qualifier: r.qualifier,
          date: isoDate(r.as_of),
          reported_by: r.reported_by,
          account: r.account,
          note: r.note,
        },
      ];
    }
    case 'delimitation': {
      const r = row as Dataset['delimitation'][number];
      const common: Line = { side: r.side, date: isoDate(r.claimed), reported_by: r.claimant, note: r.note };
      const lines: Line[] = [];
      if (r.km !== undefined) lines.push({ ...common, metric: KM_METRIC[r.kind], value: r.km, unit: 'km', qualifier: r.qualifier });
      if (r.percent !== undefined) lines.push({ ...common, metric: 'agreed-percent', value: r.percent, unit: 'percent', qualifier: r.qualifier });
      if (r.of_km !== undefined) lines.push({ ...common, metric: 'measured-against-km', value: r.of_km, unit: 'km' });
      if (r.not_agreed_km !== undefined) lines.push({ ...common, metric: 'not-agreed-km', value: r.not_agreed_km, unit: 'km' });
      return lines.length ? lines : text(r.summary, common);
    }
    case 'documents': {
      const r = row as Dataset['documents'][number];
      return [{ metric: 'year', side: r.cited_by, value: r.year, value_max: r.end_year, unit: 'year', qualifier: 'exact', date: String(r.year), note: r.note }];
    }
    case 'settlement': {
      const r = row as Dataset['settlement'][number];
      const common: Line = { reported_by: r.according_to, note: r.note };
      const hectares = r.hectares_qualifier ?? 'exact';
      const lines: Line[] = [];
      const add = (metric: string, side: string, value: number | undefined, unit: string, qualifier: string) => {
        if (value !== undefined) lines.push({ ...common, metric, side, value, unit, qualifier });
      };
      add('hectares-to-tjk', 'TJK', r.hectares_to_tjk, 'hectares', hectares);
      // a total given one way only: what the other way was said to be, as words
      if (r.hectares_to_tjk === undefined && r.exchange_note) lines.push({ ...common, metric: 'hectares-to-tjk', side: 'TJK', unit: 'hectares', note: r.exchange_note });
      add('hectares-to-kgz', 'KGZ', r.hectares_to_kgz, 'hectares', hectares);
      if (r.hectares_to_kgz === undefined && r.exchange_note) lines.push({ ...common, metric: 'hectares-to-kgz', side: 'KGZ', unit: 'hectares', note: r.exchange_note });
      add('houses-to-tjk', 'TJK', r.houses_to_tjk, 'houses', 'exact');
      add('houses-to-kgz', 'KGZ', r.houses_to_kgz, 'houses', 'exact');
      add('houses-built', '', r.houses_built, 'houses', 'exact');
      return lines.length ? lines : text(r.detail, common);
    }
    case 'timeline': {
      const r = row as Dataset['timeline'][number];
      return text(r.summary, { metric: 'event', date: isoDate(r.date) });
    }
    case 'context':
      return text((row as Dataset['context'][number]).statement);
    case 'claims':
      return text((row as Dataset['claims'][number]).question);
    case 'glossary':
      return text((row as Dataset['glossary'][number]).definition);
    case 'places':
      return text((row as Dataset['places'][number]).role, { side: (row as Dataset['places'][number]).country ?? undefined });
  }
}

/**
 * The CSV of the rows behind one chart (its refs), in the edition of `data` and `fmt`. `names`
 * is only needed for a place row (its name comes from the gazetteer); without it, one throws.
 */
export function chartCsv(refs: string[], data: Dataset, fmt: Formats, names?: Names): string {
  const lines: CsvCell[][] = [];
  for (const ref of [...new Set(refs)]) {
    const m = /^([a-z]+)\/([a-z0-9-]+)$/.exec(ref);
    if (!m) throw new Error(`chart CSV: "${ref}" is not a ref of the form table/id`);
    const table = m[1] as TableName;
    if (!TABLE_NAMES.includes(table)) throw new Error(`chart CSV: cannot handle ${ref}: there is no table "${m[1]}"`);
    const row = (data[table] as AnyRow[]).find((r) => r.id === m[2]);
    if (!row) throw new Error(`chart CSV: ${ref} does not exist`);
    if (table === 'places' && !names) throw new Error(`chart CSV: ${ref} is a place, whose name needs the edition's names`);
    const label = describeRow(table, row, fmt, names as Names);
    const shared: Line = { row_id: ref, table, label, confidence: (row as Sourced).confidence, ...sourceColumns(row as Sourced) };
    const values = valueLines(table, row, ref);
    if (values.length === 0) throw new Error(`chart CSV: ${ref} gave no line`);
    for (const v of values) {
      const line: Line = { ...shared, ...v };
      lines.push(CHART_CSV_HEADER.map((c) => line[c]));
    }
  }
  if (lines.length === 0) throw new Error('chart CSV: no refs, so no data');
  return toCsv([...CHART_CSV_HEADER], lines);
}
