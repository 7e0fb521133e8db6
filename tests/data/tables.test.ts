/**
 * The real tables: they validate in full (schema, references, dates, geography), none is empty,
 * and the facts the story leans on hold. What every row must carry (FACTS IDs, sources with http
 * URLs, approximate exactly for proxies) is the schema's to enforce, and loadDataset() throws
 * on any row that does not parse, so it is not checked again here.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { TABLE_NAMES } from '../../src/lib/data/tables.ts';
import { compareDates, parsePartialDate, type PartialDate } from '../../src/lib/data/dates.ts';

const dataset = loadDataset();

describe('the data tables', () => {
  // an empty file (or one of comments only) loads as a table of no rows without complaint
  it('all validate, and none is empty', () => {
    for (const name of TABLE_NAMES) expect(dataset[name].length, name).toBeGreaterThan(0);
  });

  it('the gazetteer places the story names where the issue says', () => {
    const place = (id: string) => dataset.places.find((p) => p.id === id)!;
    expect(place('vorukh').country).toBe('TJK');
    expect(place('ak-sai').country).toBe('KGZ');
    expect(place('ravon').country).toBe('UZB');
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
