/**
 * The safety net under refactors of the state, map and chart code: the resolved state of every
 * step, and the frames of a set of steps at a phone's and a desktop's size, are written to
 * checked files. A step inserted, a patch that leaks, or a change in what a frame draws shows up
 * as a diff of those files; a refactor that draws the same leaves them byte-identical.
 * (Update on purpose with `npx vitest run tests/snapshots -u`, and read the diff.)
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildChartData } from '../../src/lib/chart/chart-data.ts';
import { computeChart } from '../../src/lib/chart/compute-chart.ts';
import { computeMap, type MapFrame } from '../../src/lib/map/compute-map.ts';
import { stepNote } from '../../src/lib/story/not-shown.ts';
import { dataset, entries, mapInputFor, namesOf, states } from '../support/story.ts';
import { en } from '../support/i18n.ts';

/** The live graphic's size on a 390×844 phone and a 1440×900 desktop (the chart is inset 12 px). */
const SIZES = { phone: { width: 374, height: 370 }, desktop: { width: 920, height: 735 } };
/** Map steps of every view, with enclaves, sectors, a band, a highlight, closed crossings and notes. */
const MAP_STEPS = ['central-asia', 'line-east', 'vorukh', 'september-2022-fighting', 'ovchi-kalacha', 'on-the-ground'];

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
/** A frame with its base geometry (long path strings, the same for every state of a view) digested. */
const normalise = (frame: MapFrame) => {
  const { overlay, ...base } = frame;
  const layers = Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, typeof v === 'object' || (typeof v === 'string' && v.length > 64) ? { items: Array.isArray(v) ? v.length : undefined, sha: digest(v) } : v]),
  );
  return { base: layers, overlay };
};
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

describe('the story, snapshotted', () => {
  it('resolves every step to the same complete state', async () => {
    const all = Object.fromEntries(entries.map((e, i) => [e.id, states[i]]));
    await expect(json(all)).toMatchFileSnapshot('story-states.json');
  });

  for (const id of MAP_STEPS) {
    it(`draws the map of "${id}" the same, on a phone and a desktop`, async () => {
      const i = entries.findIndex((e) => e.id === id);
      expect(i, id).toBeGreaterThanOrEqual(0);
      const state = states[i]!;
      const frames = Object.fromEntries(
        Object.entries(SIZES).map(([name, size]) => [
          name,
          normalise(computeMap(state.map, mapInputFor(state), size, { stamp: state.stamp ? en.stamp(state.stamp) : null, note: stepNote(state, dataset, en, namesOf('en')) })),
        ]),
      );
      await expect(json(frames)).toMatchFileSnapshot(`frames/map-${id}.json`);
    });
  }

  it('draws every chart step the same, on a phone and a desktop', async () => {
    const data = buildChartData(dataset);
    const charts = entries.flatMap((e, i) => {
      const chart = states[i]!.chart;
      if (!chart) return [];
      const frames = Object.fromEntries(
        Object.entries(SIZES).map(([name, size]) => [name, computeChart(chart, data, { width: size.width - 24, height: size.height - 24 }, en)]),
      );
      return [[e.id, frames] as const];
    });
    expect(charts.length).toBeGreaterThan(10);
    for (const [id, frames] of charts) await expect(json(frames)).toMatchFileSnapshot(`frames/chart-${id}.json`);
  });
});
