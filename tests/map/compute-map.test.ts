import { describe, expect, it } from 'vitest';
import { loadDataset, readTopology } from '../../src/lib/data/load.ts';
import { decodeTopology } from '../../src/lib/map/geo-data.ts';
import { computeMap, placeCoordinates, type MapState } from '../../src/lib/map/compute-map.ts';

const dataset = loadDataset();
const input = { geo: decodeTopology(readTopology('public/data', 'overview')), places: dataset.places };
const state: MapState = {
  view: 'central-asia',
  focus: ['KGZ', 'TJK'],
  regions: ['KG-B', 'TJ-SU'],
  line: 'drawn',
  enclaves: ['vorukh'],
  places: ['bishkek', 'dushanbe', 'batken-airport'],
  countryLabels: ['KGZ', 'TJK', 'UZB', 'KAZ', 'CHN', 'AFG'],
};

describe('computeMap', () => {
  const size = { width: 400, height: 540 };
  const frame = computeMap(state, input, size);

  it('is a pure function of state, data and size', () => {
    expect(computeMap(state, input, size)).toEqual(frame);
  });

  it('draws what the state asks for and nothing else', () => {
    expect(frame.countries.filter((c) => c.focus).map((c) => c.id).sort()).toEqual(['KGZ', 'TJK']);
    expect(frame.regions.map((r) => r.id).sort()).toEqual(['KG-B', 'TJ-SU']);
    expect(frame.enclaves.map((e) => e.id)).toEqual(['vorukh']);
    expect(frame.line).toMatch(/^M/);
    expect(computeMap({ ...state, line: 'hidden' }, input, size).line).toBeNull();
  });

  it('keeps labels inside the frame', () => {
    for (const l of frame.countryLabels) {
      const half = (l.text.length * 9.2) / 2;
      expect(l.x - half).toBeGreaterThanOrEqual(0);
      expect(l.x + half).toBeLessThanOrEqual(size.width);
    }
    for (const p of frame.places) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(size.width);
    }
  });

  it('marks a place drawn at its proxy as approximate, at the proxy’s position', () => {
    const airport = frame.places.find((p) => p.id === 'batken-airport')!;
    expect(airport.approximate).toBe(true);
    const batken = dataset.places.find((p) => p.id === 'batken')!;
    expect(placeCoordinates(dataset.places.find((p) => p.id === 'batken-airport')!, dataset.places)).toEqual(
      placeCoordinates(batken, dataset.places),
    );
  });

  it('refuses to map a place without coordinates rather than guess', () => {
    expect(() => computeMap({ ...state, places: ['kak-sai'] }, input, size)).toThrow(/no coordinates/);
    expect(() => computeMap({ ...state, places: ['atlantis'] }, input, size)).toThrow(/not in the gazetteer/);
  });
});
