/**
 * The newsroom kit's data files: the CSV writer, each chart's CSV, each map's GeoJSON and the
 * whole data set as CSV, in every edition. The files are read back with a strict RFC 4180 reader
 * (tests/support/csv.ts) and checked against the data they come from, so a value, a row or a
 * source that went missing would fail here.
 */
import { describe, expect, it } from 'vitest';
import { buildChartData, chartRefs } from '../../src/lib/chart/chart-data.ts';
import { CONFIDENCE, QUALIFIERS } from '../../src/lib/data/schema.ts';
import { TABLE_NAMES, type Dataset, type TableName } from '../../src/lib/data/tables.ts';
import { CHART_CSV_HEADER, SOURCE_SEPARATOR, chartCsv } from '../../src/lib/graphics/chart-csv.ts';
import { toCsv } from '../../src/lib/graphics/csv.ts';
import { LIST_SEPARATOR, SOURCES_CSV, SOURCES_HEADER, datasetCsvFiles } from '../../src/lib/graphics/dataset-csv.ts';
import { mapGeojson } from '../../src/lib/graphics/map-geojson.ts';
import { localizeDataset } from '../../src/lib/i18n/data-text.ts';
import { placeCoordinates, tollPhrase } from '../../src/lib/map/map-data.ts';
import { BEFORE_STATE } from '../../src/lib/state/defaults.ts';
import { CHART_KINDS, type GraphicState, type MapState } from '../../src/lib/state/schema.ts';
import { csvRecords, parseCsv } from '../support/csv.ts';
import { formatsFor } from '../support/i18n.ts';
import { dataset, namesOf, states } from '../support/story.ts';

const EDITIONS = ['en', 'ru'] as const;
const CYRILLIC = /[\u0400-\u04FF]/;
const WEB_ADDRESS = /^https?:\/\/\S+$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

const editions = new Map<string, { data: Dataset; fmt: ReturnType<typeof formatsFor>; names: ReturnType<typeof namesOf> }>();
const edition = (tag: string) => {
  if (!editions.has(tag)) editions.set(tag, { data: localizeDataset(dataset, tag), fmt: formatsFor(tag), names: namesOf(tag) });
  return editions.get(tag)!;
};

const rowOf = (data: Dataset, ref: string) => {
  const [table, id] = ref.split('/') as [TableName, string];
  return (data[table] as { id: string }[]).find((r) => r.id === id) as Record<string, unknown> & { id: string; sources: { url: string; outlet: string; date: string }[] };
};

describe('the CSV writer', () => {
  it('writes plain fields as they are, lines ending in CRLF, with no byte-order mark', () => {
    const csv = toCsv(['a', 'b', 'c'], [['x', 1, 2.5], ['y', 0, null], [undefined, '', 'z']]);
    expect(csv).toBe('a,b,c\r\nx,1,2.5\r\ny,0,\r\n,,z\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('quotes a field with a comma, a quote, a CR or an LF, doubling its quotes', () => {
    expect(toCsv(['v'], [['a,b']])).toBe('v\r\n"a,b"\r\n');
    expect(toCsv(['v'], [['he said "no"']])).toBe('v\r\n"he said ""no"""\r\n');
    expect(toCsv(['v'], [['one\ntwo']])).toBe('v\r\n"one\ntwo"\r\n');
    expect(toCsv(['v'], [['one\rtwo']])).toBe('v\r\n"one\rtwo"\r\n');
    expect(toCsv(['v'], [['"']])).toBe('v\r\n""""\r\n');
    // a header is quoted by the same rules
    expect(toCsv(['a,b'], [])).toBe('"a,b"\r\n');
  });

  it('refuses a row of the wrong length, and numbers a CSV cannot hold', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(/row 1 has 1 fields, the header 2/);
    expect(() => toCsv(['a'], [[Number.NaN]])).toThrow(/NaN/);
    expect(() => toCsv(['a'], [[Infinity]])).toThrow(/Infinity/);
    expect(() => toCsv([], [])).toThrow();
  });

  it('round-trips through the reader', () => {
    const header = ['plain', 'tricky', 'number'];
    const rows = [
      ['a', 'comma, inside', 1],
      ['', '"quoted" and ""doubled""', 0],
      ['  spaces  ', 'line\r\nbreak\nand\rmore', 141.9],
      ['Ворух', '«Кыргызстан», 16 сентября', 1006.84],
      [',', '"', 100000],
      [null, undefined, null],
    ];
    const parsed = parseCsv(toCsv(header, rows));
    expect(parsed).toEqual([header, ...rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))))]);
  });

  it('has a reader that rejects what the writer never writes', () => {
    expect(() => parseCsv('a,b\n')).toThrow();
    expect(() => parseCsv('a,b\r\nc')).toThrow();
    expect(() => parseCsv('a"b\r\n')).toThrow();
    expect(() => parseCsv('"a"b\r\n')).toThrow();
    expect(() => parseCsv('"a\r\n')).toThrow();
    expect(parseCsv('a,"b\r\nc"\r\n,\r\n')).toEqual([['a', 'b\r\nc'], ['', '']]);
  });
});

const chartStates = states.flatMap((s, i) => (s.chart ? [{ step: i + 1, kind: s.chart.kind }] : []));

describe.each(EDITIONS)('chart CSV (%s)', (tag) => {
  const { data, fmt, names } = edition(tag);
  const chartData = buildChartData(data);
  const csvOf = (kind: string) => chartCsv(chartRefs(chartData, kind), data, fmt, names);

  it('the story has charts', () => {
    expect(chartStates.length).toBeGreaterThan(0);
  });

  // every chart of the story, and every kind, whether or not a step shows it now
  const cases = [...chartStates.map((c) => ({ name: `step ${c.step} (${c.kind})`, kind: c.kind })), ...CHART_KINDS.map((kind) => ({ name: `kind ${kind}`, kind }))];

  it.each(cases)('$name: parses, with the header, values and sources on every line', ({ kind }) => {
    const refs = chartRefs(chartData, kind);
    const { header, records } = csvRecords(csvOf(kind));
    expect(header).toEqual([...CHART_CSV_HEADER]);
    expect(records.length).toBeGreaterThanOrEqual(new Set(refs).size);
    // at least one value, and every ref the chart rests on has its line
    expect(records.some((r) => NUMBER.test(r.value!))).toBe(true);
    expect(new Set(records.map((r) => r.row_id))).toEqual(new Set(refs));
    for (const r of records) {
      const where = `${kind}: ${r.row_id} ${r.metric}`;
      expect(r.table, where).toBe(r.row_id!.split('/')[0]);
      expect(r.label, where).not.toBe('');
      expect(CONFIDENCE as readonly string[], where).toContain(r.confidence);
      if (r.qualifier) expect(QUALIFIERS as readonly string[], where).toContain(r.qualifier);
      // a number, or no number and a note that says why
      if (r.value === '') expect(r.note, where).not.toBe('');
      else expect(r.value, where).toMatch(NUMBER);
      if (r.value_max) {
        expect(r.value_max, where).toMatch(NUMBER);
        expect(Number(r.value_max), where).toBeGreaterThan(Number(r.value));
      }
      if (r.date) expect(r.date, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      // every source of the row, in the same order in each source column
      const row = rowOf(data, r.row_id!);
      const urls = r.source_url!.split(SOURCE_SEPARATOR);
      expect(urls, where).toEqual(row.sources.map((s) => s.url));
      expect(r.source_outlet!.split(SOURCE_SEPARATOR), where).toEqual(row.sources.map((s) => s.outlet));
      expect(r.source_date!.split(SOURCE_SEPARATOR), where).toHaveLength(row.sources.length);
      for (const u of urls) {
        expect(u, where).toMatch(WEB_ADDRESS);
        expect(() => new URL(u), where).not.toThrow();
      }
      if (tag === 'ru') expect(r.label, where).toMatch(CYRILLIC);
    }
  });

  it('gives the figures of casualty and impact rows exactly as the data has them', () => {
    const kinds = CHART_KINDS.filter((k) => chartRefs(chartData, k).some((ref) => /^(casualties|impact)\//.test(ref)));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      for (const r of csvRecords(csvOf(kind)).records.filter((x) => x.table === 'casualties' || x.table === 'impact')) {
        const row = rowOf(data, r.row_id!);
        expect(r.value).toBe(row.value === null ? '' : String(row.value));
        expect(r.value_max).toBe(row.value_max === undefined ? '' : String(row.value_max));
        expect(r.metric).toBe(row.metric);
        expect(r.side).toBe(row.side);
        expect(r.qualifier).toBe(row.qualifier);
        expect(r.date).toBe((row.as_of as string | undefined) ?? '');
        expect(r.unit).toMatch(/^(people|houses|buildings|facilities|km|km2)$/);
      }
    }
  });

  it('keeps a figure that was never published, empty, with its note', () => {
    const nulls = [...data.casualties.map((r) => ['casualties', r] as const), ...data.impact.map((r) => ['impact', r] as const)].filter(([, r]) => r.value === null);
    expect(nulls.length).toBeGreaterThan(0);
    for (const [table, r] of nulls) {
      const [line] = csvRecords(chartCsv([`${table}/${r.id}`], data, fmt)).records;
      expect(line!.value).toBe('');
      expect(line!.note).toBe(r.note);
    }
  });

  it('lists a row with several sources once per value, its sources joined in order', () => {
    const row = data.settlement.find((r) => r.sources.length >= 3 && r.hectares_to_tjk !== undefined && r.hectares_to_kgz !== undefined)!;
    const { records } = csvRecords(chartCsv([`settlement/${row.id}`], data, fmt));
    expect(records.map((r) => [r.metric, r.value, r.unit])).toEqual([
      ['hectares-to-tjk', String(row.hectares_to_tjk), 'hectares'],
      ['hectares-to-kgz', String(row.hectares_to_kgz), 'hectares'],
    ]);
    for (const r of records) {
      expect(r.source_url).toBe(row.sources.map((s) => s.url).join(' | '));
      expect(r.source_outlet).toBe(row.sources.map((s) => s.outlet).join(' | '));
    }
  });

  it('throws for a ref it cannot find or handle, naming it', () => {
    expect(() => chartCsv(['casualties/no-such-row'], data, fmt)).toThrow(/casualties\/no-such-row/);
    expect(() => chartCsv(['weather/sunny'], data, fmt)).toThrow(/weather\/sunny/);
    expect(() => chartCsv(['not a ref'], data, fmt)).toThrow(/not a ref/);
    expect(() => chartCsv([`places/${data.places[0]!.id}`], data, fmt)).toThrow(/places\//);
    expect(() => chartCsv([], data, fmt)).toThrow();
  });
});

describe('chart CSV across editions', () => {
  it('has the same header, lines and numbers in every edition; only the words change', () => {
    const [en, ru] = EDITIONS.map((tag) => {
      const { data, fmt, names } = edition(tag);
      const chartData = buildChartData(data);
      return CHART_KINDS.map((k) => csvRecords(chartCsv(chartRefs(chartData, k), data, fmt, names)).records);
    });
    CHART_KINDS.forEach((kind, i) => {
      const fixed = (rs: Record<string, string>[]) => rs.map((r) => [r.row_id, r.metric, r.side, r.value, r.value_max, r.unit, r.qualifier, r.date, r.confidence, r.source_url]);
      expect(fixed(ru![i]!), kind).toEqual(fixed(en![i]!));
      expect(ru![i]!.map((r) => r.label), kind).not.toEqual(en![i]!.map((r) => r.label));
    });
  });
});

/** What a map's GeoJSON must hold: its places (and its events' places) once each, and one event feature per event place. */
function expectedFeatures(map: MapState, data: Dataset) {
  const events = map.events.map((id) => data.timeline.find((t) => t.id === id)!);
  const places = [...new Set([...map.places, ...events.flatMap((e) => e.places)])];
  const eventFeatures = events.flatMap((e) => (e.places.length ? e.places.map((p) => `event/${e.id}/${p}`) : [`event/${e.id}`]));
  return [...places.map((p) => `place/${p}`), ...eventFeatures];
}

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: number[] } | null;
  properties: Record<string, unknown> & { id: string; kind: string; name: string; sources: { outlet: string; url: string; date: string; title: unknown }[] };
}

const mapStates: { name: string; state: GraphicState }[] = [{ name: 'the opening', state: BEFORE_STATE }, ...states.map((state, i) => ({ name: `step ${i + 1}`, state }))];

describe.each(EDITIONS)('map GeoJSON (%s)', (tag) => {
  const { data, fmt, names } = edition(tag);

  it('the story has maps with events, highlights and places the map cannot place', () => {
    expect(states.some((s) => s.map.events.length > 0)).toBe(true);
    expect(states.some((s) => s.map.highlight.length > 0)).toBe(true);
  });

  it.each(mapStates)('$name: a valid FeatureCollection of its places and events', ({ state }) => {
    const text = mapGeojson(state.map, data, names, fmt);
    const json = JSON.parse(text) as { type: string; name: string; attribution: string; features: Feature[] };
    expect(json.type).toBe('FeatureCollection');
    expect(json.name).not.toBe('');
    expect(json.attribution).toMatch(/OpenStreetMap/);
    expect(json.features.map((f) => f.id)).toEqual(expectedFeatures(state.map, data));
    for (const f of json.features) {
      expect(f.type, f.id).toBe('Feature');
      expect(['place', 'event'], f.id).toContain(f.properties.kind);
      expect(f.properties.name, f.id).not.toBe('');
      if (tag === 'ru') expect(f.properties.name, f.id).toMatch(CYRILLIC);
      const placeId = f.properties.kind === 'place' ? f.properties.id : (f.properties.place as string | null);
      const place = placeId ? data.places.find((p) => p.id === placeId)! : null;
      const at = place ? placeCoordinates(place, data.places) : null;
      if (f.geometry === null) {
        expect(f.properties.located, f.id).toBe(false);
        expect(f.properties.unlocated, f.id).toBeTruthy();
        expect(at, f.id).toBeNull();
      } else {
        expect(f.geometry.type, f.id).toBe('Point');
        const [lon, lat] = f.geometry.coordinates as [number, number];
        expect(f.geometry.coordinates, f.id).toHaveLength(2);
        expect(lon, f.id).toBeGreaterThan(60);
        expect(lon, f.id).toBeLessThan(80);
        expect(lat, f.id).toBeGreaterThan(35);
        expect(lat, f.id).toBeLessThan(45);
        expect([lon, lat], f.id).toEqual(at);
        expect(f.properties.located, f.id).toBe(true);
        expect(f.properties.approximate, f.id).toBe(place!.approximate);
      }
      expect(CONFIDENCE as readonly string[], f.id).toContain(f.properties.confidence);
      expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.properties.sources) {
        expect(s.url, f.id).toMatch(WEB_ADDRESS);
        expect(s.outlet, f.id).not.toBe('');
      }
      if (f.properties.kind === 'event') {
        const row = data.timeline.find((t) => t.id === f.properties.id)!;
        expect(f.properties.name, f.id).toBe(row.title);
        expect(f.properties.date, f.id).toBe(row.date);
        expect(f.properties.sources.map((s) => s.url), f.id).toEqual(row.sources.map((s) => s.url));
        expect(f.properties.highlight, f.id).toBe(state.map.highlight.includes(row.id));
      } else {
        expect(f.properties.name, f.id).toBe(names.place(f.properties.id));
      }
    }
    // the same map gives the same file
    expect(mapGeojson(state.map, data, names, fmt)).toBe(text);
  });

  it('keeps an event place without a position, with no geometry, and says so', () => {
    const event = data.timeline.find((t) => t.places.some((p) => placeCoordinates(data.places.find((q) => q.id === p)!, data.places) === null))!;
    expect(event).toBeDefined();
    const json = JSON.parse(mapGeojson({ ...BEFORE_STATE.map, places: [], events: [event.id] }, data, names, fmt)) as { features: Feature[] };
    const missing = json.features.filter((f) => f.geometry === null);
    expect(missing.length).toBeGreaterThan(0);
    for (const f of missing) expect(f.properties).toMatchObject({ located: false });
  });

  it('gives a highlighted event its toll as the map writes it, and the figure behind it', () => {
    const state = states.find((s) => s.map.highlight.length > 0)!;
    const json = JSON.parse(mapGeojson(state.map, data, names, fmt)) as { features: Feature[] };
    const highlighted = json.features.filter((f) => f.properties.highlight === true);
    expect(highlighted.length).toBeGreaterThan(0);
    for (const f of highlighted) {
      const rows = data.casualties.filter((c) => c.episode === f.properties.id);
      expect(f.properties.toll).toBe(tollPhrase(rows, fmt));
      const deaths = f.properties.deaths as { row_id: string; value: number };
      const row = data.casualties.find((c) => `casualties/${c.id}` === deaths.row_id)!;
      expect(deaths.value).toBe(row.value);
      // the figure is the one the phrase is made of
      expect(tollPhrase([row], fmt)).toBe(f.properties.toll);
    }
    for (const f of json.features.filter((x) => x.properties.kind === 'event' && !x.properties.highlight)) expect(f.properties.toll).toBeNull();
  });

  it('throws for a place or event the data does not have', () => {
    expect(() => mapGeojson({ ...BEFORE_STATE.map, places: ['atlantis'] }, data, names, fmt)).toThrow(/atlantis/);
    expect(() => mapGeojson({ ...BEFORE_STATE.map, events: ['moon-landing'] }, data, names, fmt)).toThrow(/moon-landing/);
  });
});

describe.each(EDITIONS)('the data set as CSV (%s)', (tag) => {
  const { data } = edition(tag);
  const files = datasetCsvFiles(data);
  const byName = new Map(files.map((f) => [f.name, f.csv]));

  it('is one file per table, and sources.csv', () => {
    expect(files.map((f) => f.name)).toEqual([...TABLE_NAMES.map((t) => `${t}.csv`), SOURCES_CSV]);
  });

  it.each(TABLE_NAMES)('%s.csv: every row, in order, with every field', (table) => {
    const { header, records } = csvRecords(byName.get(`${table}.csv`)!);
    const rows = data[table] as unknown as Record<string, unknown>[];
    expect(header[0]).toBe('id');
    expect(new Set(header).size).toBe(header.length);
    // no row dropped, added or reordered
    expect(records).toHaveLength(rows.length);
    expect(records.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    records.forEach((rec, i) => {
      const row = rows[i]!;
      for (const [key, value] of Object.entries(row)) {
        const where = `${table}/${String(row.id)} ${key}`;
        if (key === 'sources') {
          const sources = value as { outlet: string; url: string; date: string }[];
          expect(rec.source_urls, where).toBe(sources.map((s) => s.url).join(' | '));
          expect(rec.source_outlets, where).toBe(sources.map((s) => s.outlet).join(' | '));
          expect(rec.source_dates, where).toBe(sources.map((s) => String(s.date)).join(' | '));
        } else if (Array.isArray(value)) {
          expect(rec[key], where).toBe(value.join(LIST_SEPARATOR));
        } else if (value !== null && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) expect(rec[`${key}_${k}`], `${where}.${k}`).toBe(String(v));
        } else {
          expect(rec[key], where).toBe(value === null || value === undefined ? '' : String(value));
        }
      }
    });
  });

  it('sources.csv: one line per source of every row', () => {
    const { header, records } = csvRecords(byName.get(SOURCES_CSV)!);
    expect(header).toEqual([...SOURCES_HEADER]);
    const expected = TABLE_NAMES.flatMap((table) =>
      (data[table] as { id: string; sources: { url: string; outlet: string; date: string; date_inferred?: boolean }[] }[]).flatMap((r) =>
        r.sources.map((s) => [table, r.id, s.outlet, s.url, s.date, s.date_inferred ? 'true' : 'false']),
      ),
    );
    expect(records.map((r) => [r.table, r.row_id, r.outlet, r.url, r.date, r.date_inferred])).toEqual(expected);
    for (const r of records) expect(r.url).toMatch(WEB_ADDRESS);
  });

  it('writes dates YAML gave as Date objects as ISO text, and refuses fields it does not know', () => {
    const row = { ...data.timeline[0]!, date: new Date(Date.UTC(2022, 8, 16)) as unknown as string };
    const [timeline] = datasetCsvFiles({ ...data, timeline: [row] });
    expect(csvRecords(timeline!.csv).records[0]!.date).toBe('2022-09-16');
    const extra = { ...data.context[0]!, surprise: 'a field no schema has' };
    expect(() => datasetCsvFiles({ ...data, context: [extra] })).toThrow(/surprise/);
  });

  if (tag === 'ru') {
    it('has the same columns and ids as the English, with the text in Russian', () => {
      const en = new Map(datasetCsvFiles(edition('en').data).map((f) => [f.name, csvRecords(f.csv)]));
      for (const f of files) {
        const ru = csvRecords(f.csv);
        expect(ru.header, f.name).toEqual(en.get(f.name)!.header);
        expect(ru.records.map((r) => r.id ?? r.row_id), f.name).toEqual(en.get(f.name)!.records.map((r) => r.id ?? r.row_id));
      }
      const timeline = csvRecords(byName.get('timeline.csv')!).records;
      expect(timeline.every((r) => CYRILLIC.test(r.title!))).toBe(true);
    });
  }
});
