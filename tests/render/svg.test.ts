/**
 * The one serialiser of map and chart frames (src/lib/render/): the markup the build writes for
 * the live graphic carries a key on every element the browser's renderer joins; a still figure's
 * file stands on its own (its styles inline with every token resolved, nothing fetched); and the
 * opening's side drawing borrows the stacked drawing's base instead of repeating it.
 */
import { describe, expect, it } from 'vitest';
import { buildChartData } from '../../src/lib/chart/chart-data.ts';
import { computeChart } from '../../src/lib/chart/compute-chart.ts';
import { computeMap } from '../../src/lib/map/compute-map.ts';
import { chartSvg } from '../../src/lib/render/chart-svg.ts';
import { mapSvg } from '../../src/lib/render/map-svg.ts';
import { mapLabels, placeDots, shownEnclaves, shownRegions } from '../../src/lib/render/map-markup.ts';
import { designTokens, resolveTokens } from '../../src/lib/render/standalone-style.ts';
import { stillFigureSvg } from '../../src/lib/render/still-figure.ts';
import { stepNote } from '../../src/lib/story/not-shown.ts';
import { dataset, entries, mapInputFor, namesOf, states, stepTexts } from '../support/story.ts';
import { en } from '../support/i18n.ts';
import { unbalanced } from '../support/xml.ts';

const at = (id: string) => {
  const i = entries.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no step ${id}`);
  return { entry: { ...entries[i]!, graphic: stepTexts('en')[i]!.graphic }, state: states[i]! };
};
const mapOf = (id: string, size = { width: 374, height: 370 }) => {
  const { state } = at(id);
  return computeMap(state.map, mapInputFor(state), size, { stamp: state.stamp ? en.stamp(state.stamp) : null, note: stepNote(state, dataset, en, namesOf('en')) });
};
const keys = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`class="${cls}[^"]*" data-key="([^"]+)"`, 'g'))].map((m) => m[1]);

describe('the map serialiser', () => {
  it('keys every element the live renderer joins, one per item of the frame', () => {
    for (const id of ['vorukh', 'september-2022-fighting', 'ovchi-kalacha', 'on-the-ground']) {
      const frame = mapOf(id);
      const svg = mapSvg(frame, { className: 'map map--live' });
      expect(unbalanced(svg), id).toEqual([]);
      expect(keys(svg, 'map__country'), id).toEqual(frame.countries.map((c) => c.id));
      expect(keys(svg, 'map__region'), id).toEqual(shownRegions(frame).map((c) => c.id));
      expect(keys(svg, 'map__enclave'), id).toEqual(shownEnclaves(frame).map((c) => c.id));
      expect(keys(svg, 'map__line'), id).toEqual(frame.line.map((l) => l.id));
      expect(keys(svg, 'map__event'), id).toEqual(frame.overlay.events.map((e) => e.id));
      expect(keys(svg, 'map__place'), id).toEqual(placeDots(frame.overlay).map((p) => p.id));
      expect(keys(svg, 'map__label'), id).toEqual(mapLabels(frame.overlay).map((l) => l.id));
      expect(new Set(keys(svg, 'map__label')).size, `${id}: label keys are unique`).toBe(mapLabels(frame.overlay).length);
    }
  });

  it('draws the band only where the state has one', () => {
    const withBand = mapOf(entries.find((_, i) => states[i]!.map.band !== null && !states[i]!.chart)!.id);
    expect(mapSvg(withBand)).toContain('class="map__band"');
    expect(mapSvg(mapOf('vorukh'))).not.toContain('class="map__band"');
  });

  it('lets a drawing borrow another’s base layers instead of repeating them', () => {
    const frame = mapOf('central-asia');
    const own = mapSvg(frame, { cameraId: 'base-1' });
    const borrower = mapSvg(mapOf('central-asia', { width: 920, height: 735 }), { borrowCamera: { href: '#base-1', transform: 'translate(1,2) scale(2)' } });
    expect(own).toContain('<g class="map__camera" id="base-1">');
    expect(borrower).toMatch(/<g class="map__camera" transform="translate\(1,2\) scale\(2\)"><use href="#base-1"\/><\/g>/);
    expect(borrower).not.toContain('class="map__country');
    expect(borrower.length).toBeLessThan(own.length / 4);
  });
});

describe('a still figure’s file', () => {
  const chartData = buildChartData(dataset);
  const figures = ['vorukh', 'september-2022-fighting', 'tolls-2022', 'km-agreed'].map((id) => {
    const { entry, state } = at(id);
    const chart = state.chart ? computeChart(state.chart, chartData, { width: 340, height: 360 }, en) : null;
    return { id, svg: stillFigureSvg({ id, ...entry.graphic, stamp: state.stamp ? en.stamp(state.stamp) : null, map: mapOf(id, { width: 340, height: 310 }), chart }, en) };
  });

  it('stands on its own: namespace, size, title, styles inline, no reference to anything else', () => {
    for (const { id, svg } of figures) {
      expect(svg, id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, id).toMatch(/ width="\d+" height="\d+"/);
      expect(svg, id).toContain(`<title id="figure-${id}-title">`);
      expect(svg, id).toMatch(/<style>[^<]+<\/style>/);
      expect(svg, id).not.toContain('var(');
      expect(svg, id).not.toMatch(/\bhref=|url\(|@import/);
      expect(unbalanced(svg), id).toEqual([]);
    }
  });

  it('keeps its text as text, with the credit and the date drawn in', () => {
    const map = figures.find((f) => f.id === 'september-2022-fighting')!.svg;
    expect(map).toContain('<text class="map__stamp" x="10" y="22">16 September 2022</text>');
    expect(map).toContain('© OpenStreetMap contributors');
    expect(figures.find((f) => f.id === 'tolls-2022')!.svg).toMatch(/<text class="chart__[^"]*"[^>]*>[^<]+<\/text>/);
  });
});

describe('resolving design tokens', () => {
  const tokens = designTokens(':root { --ink: #111; --a: var(--ink); }');
  it('replaces every token by its value, through tokens that name tokens', () => {
    expect(resolveTokens('.x{fill:var(--a);stroke:var(--nope, red)}', tokens)).toBe('.x{fill:#111;stroke:red}');
  });
  it('stops on a token that is not defined, naming it and the file', () => {
    expect(() => resolveTokens('.x{fill:var(--missing)}', tokens, 'src/styles/map.css')).toThrow('src/styles/map.css: design token --missing');
  });
});
