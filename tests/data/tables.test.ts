/**
 * The real tables: they validate in full (schema, references, dates, geography), nothing is
 * dropped on the way, and the facts the story leans on hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset } from '../../src/lib/data/load.ts';
import { TABLES, TABLE_NAMES } from '../../src/lib/data/tables.ts';
import { compareDates, parsePartialDate, type PartialDate } from '../../src/lib/data/dates.ts';

const dataset = loadDataset();

describe('the data tables', () => {
  it('all validate, and every row of every file is loaded', () => {
    for (const name of TABLE_NAMES) {
      const rows = parse(readFileSync(`data/tables/${TABLES[name].file}`, 'utf8')) as unknown[];
      expect(dataset[name].length, name).toBe(rows.length);
      expect(rows.length, `${name} is not empty`).toBeGreaterThan(0);
    }
  });

  it('every row rests on FACTS IDs and cites a source with a URL', () => {
    for (const name of TABLE_NAMES) {
      for (const row of dataset[name]) {
        expect(row.facts.length, `${name}/${row.id}`).toBeGreaterThan(0);
        expect(row.sources.length, `${name}/${row.id}`).toBeGreaterThan(0);
        for (const s of row.sources) expect(s.url, `${name}/${row.id}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('the gazetteer places the story names where the issue says', () => {
    const place = (id: string) => dataset.places.find((p) => p.id === id)!;
    expect(place('vorukh').country).toBe('TJK');
    expect(place('ak-sai').country).toBe('KGZ');
    expect(place('ravon').country).toBe('UZB');
    // no invented coordinates: places without a source are either proxies (and approximate) or unlocated
    for (const p of dataset.places) {
      if ('proxy' in p.location) expect(p.approximate, p.id).toBe(true);
      if ('lon' in p.location) expect(p.approximate, p.id).toBe(false);
    }
    expect(place('golovnoi').location).toEqual({ proxy: 'kok-tash' });
  });

  it('the running death tolls rise in the order they were reported', () => {
    const series = dataset.casualties
      .filter((c) => c.episode === 'september-2022-clashes' && c.side === 'KGZ' && c.metric === 'killed' && c.account === 'official')
      .sort((a, b) => compareDates(parsePartialDate(a.as_of!) as PartialDate, parsePartialDate(b.as_of!) as PartialDate));
    const values = series.map((s) => s.value!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(63);
    expect(series.filter((s) => s.final).map((s) => s.value)).toEqual([63]);
  });

  it('the "km agreed" chart series climbs to the final line, and is labelled as claims', () => {
    const series = dataset.delimitation.filter((d) => d.series);
    expect(series.map((d) => d.id)).toEqual([
      'agreed-2019-border-service',
      'agreed-april-2022-japarov',
      'agreed-february-2024',
      'all-described-december-2024',
      'final-protocol-february-2025',
      'final-tally-2025',
    ]);
    expect(series.every((d) => d.kind === 'agreed')).toBe(true);
    expect(series.at(-1)!.km).toBe(1006.84);
  });
});
