/**
 * What the reader is told beside a map: its key (the chapter's, in one order, marking what this map
 * draws) and the note naming what a step's map cannot show.
 */
import { describe, expect, it } from 'vitest';
import { legendItems, LEGEND_KEYS } from '../../src/lib/story/legend.ts';
import { notShownNote } from '../../src/lib/story/not-shown.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { en, ru } from '../support/i18n.ts';
import { namesOf } from '../support/story.ts';

const dataset = loadDataset();
const place = (id: string) => dataset.places.find((p) => p.id === id)!;

describe('the map key', () => {
  it("is the chapter's, in the fixed order, each key once, marking what this map draws", () => {
    const items = legendItems(['approximate', 'event', 'line-undefined', 'event'], ['line-undefined'], null, en);
    expect(items.map((i) => i.key)).toEqual(['line-undefined', 'event', 'approximate']);
    expect(items.map((i) => i.drawn)).toEqual([true, false, false]);
    expect(LEGEND_KEYS.indexOf('line-undefined')).toBeLessThan(LEGEND_KEYS.indexOf('event'));
  });

  it('never leaves out what this map draws', () => {
    expect(legendItems([], ['enclave'], null, en)).toEqual([{ key: 'enclave', label: 'Enclave', drawn: true }]);
  });

  it('says how wide the band is', () => {
    expect(legendItems(['band'], ['band'], 10, en)).toEqual([{ key: 'band', label: '10 km either side', drawn: true }]);
  });
});

describe('the note of what a map cannot show', () => {
  it('is empty when everything named is drawn', () => {
    expect(notShownNote([], en, namesOf('en'))).toBeNull();
  });

  it('names villages without a published position, without their disambiguating brackets', () => {
    expect(notShownNote([place('kak-sai'), place('paksy-aryk')], en, namesOf('en'))).toBe('Not on the map: Kak-Sai and Paksy-Aryk (no published position).');
    expect(notShownNote([place('dostuk-batken')], en, namesOf('en'))).toBe('Not on the map: Dostuk (no published position).');
  });

  it('is written in the reader\'s language, with the names of the gazetteer', () => {
    expect(notShownNote([place('kak-sai'), place('dostuk-batken')], ru, namesOf('ru'))).toBe('Не на карте: Как-Сай и Достук (координаты не опубликованы).');
    expect(legendItems(['band'], ['band'], 10, ru)[0]!.label).toBe('Полоса ±10 км');
  });

  it('says when a feature is missing from the map data rather than unpublished', () => {
    expect(notShownNote([place('kyzyl-bel'), place('isfara-river'), place('turkestan-range')], en, namesOf('en'))).toBe(
      'Not on the map: Kyzyl-Bel checkpoint (no published position); Isfara river and Turkestan range (not in the open map data).',
    );
  });
});
