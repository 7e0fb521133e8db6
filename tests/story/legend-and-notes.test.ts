/**
 * What the reader is told beside a map: its key (what it draws, in one order) and the note naming
 * what a step's map cannot show.
 */
import { describe, expect, it } from 'vitest';
import { legendItems, LEGEND_KEYS } from '../../src/lib/story/legend.ts';
import { notShownNote } from '../../src/lib/story/not-shown.ts';
import { loadDataset } from '../../src/lib/data/load.ts';

const dataset = loadDataset();
const place = (id: string) => dataset.places.find((p) => p.id === id)!;

describe('the map key', () => {
  it('lists what its map draws, in the fixed order, each key once', () => {
    const items = legendItems(['approximate', 'event', 'line-undefined', 'event'], null);
    expect(items.map((i) => i.key)).toEqual(['line-undefined', 'event', 'approximate']);
    expect(LEGEND_KEYS.indexOf('line-undefined')).toBeLessThan(LEGEND_KEYS.indexOf('event'));
  });

  it('says how wide the band is', () => {
    expect(legendItems(['band'], 10)).toEqual([{ key: 'band', label: '10 km either side' }]);
  });
});

describe('the note of what a map cannot show', () => {
  it('is empty when everything named is drawn', () => {
    expect(notShownNote([])).toBeNull();
  });

  it('names villages without a published position, without their disambiguating brackets', () => {
    expect(notShownNote([place('kak-sai'), place('paksy-aryk')])).toBe('Not on the map: Kak-Sai and Paksy-Aryk (no published position).');
    expect(notShownNote([place('dostuk-batken')])).toBe('Not on the map: Dostuk (no published position).');
  });

  it('says when a feature is missing from the map data rather than unpublished', () => {
    expect(notShownNote([place('kyzyl-bel'), place('isfara-river'), place('turkestan-range')])).toBe(
      'Not on the map: Kyzyl-Bel checkpoint (no published position); Isfara river and Turkestan range (not in the open map data).',
    );
  });
});
