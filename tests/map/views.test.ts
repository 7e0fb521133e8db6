/**
 * Every view, at every screen shape the site uses, shows its whole focus box and nothing
 * beyond the data file it draws from (no blank corners where the data stops).
 */
import { describe, expect, it } from 'vitest';
import { DATA_EXTENTS, extentContains } from '../../src/lib/geo/extents.ts';
import { focusFor, makeProjection } from '../../src/lib/map/projection.ts';
import { VIEWS } from '../../src/lib/map/views.ts';
import { VIEW_IDS } from '../../src/lib/state/view-ids.ts';

const SIZES = {
  'phone portrait': { width: 390, height: 460 },
  'phone full': { width: 400, height: 540 },
  'tablet': { width: 720, height: 640 },
  'desktop': { width: 960, height: 640 },
  'desktop sticky': { width: 840, height: 860 },
};

it('defines exactly the view ids the state schema accepts, each under its own id', () => {
  expect(Object.keys(VIEWS)).toEqual([...VIEW_IDS]);
  for (const [key, view] of Object.entries(VIEWS)) expect(view.id).toBe(key);
});

describe.each(Object.values(VIEWS))('view $id', (view) => {
  it.each(Object.entries(SIZES))('at %s size it shows the focus and stays inside its data file', (_, size) => {
    const projection = makeProjection(view, size);
    // the focus corners land inside the frame
    const { west, south, east, north } = focusFor(view, size);
    for (const corner of [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
    ] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(size.width + 0.5);
      expect(y).toBeLessThanOrEqual(size.height + 0.5);
    }
    // every point on the frame's edge is inside the data extent
    const extent = DATA_EXTENTS[view.file];
    for (let i = 0; i <= 20; i++) {
      const t = i / 20;
      for (const p of [
        [t * size.width, 0],
        [t * size.width, size.height],
        [0, t * size.height],
        [size.width, t * size.height],
      ] as [number, number][]) {
        const lonLat = projection.invert!(p)!;
        expect(extentContains(extent, lonLat), `${p} → ${lonLat}`).toBe(true);
      }
    }
  });
});
