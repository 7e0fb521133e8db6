/**
 * The locator inset: Central Asia small, in the top right corner, with the main map's focus box
 * drawn on it. Its countries are projected once per data file.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { InsetFrame } from './frame.ts';
import type { GeoData } from './geo-data.ts';
import { focusFor, makeProjection, type Size } from './projection.ts';
import { snapped } from './screen.ts';
import { LOCATOR_VIEW, type View } from './views.ts';

const insetCache = new WeakMap<GeoData, { frame: InsetFrame; projection: GeoProjection }>();
export const INSET_SIZE = { width: 92, height: 72 };

export function inset(view: View, size: Size, focus: string[], overview: GeoData): InsetFrame {
  let cached = insetCache.get(overview);
  if (!cached) {
    const projection = makeProjection(LOCATOR_VIEW, INSET_SIZE, 2);
    const path = geoPath(snapped(projection, 1)).digits(0);
    cached = {
      projection,
      frame: {
        ...INSET_SIZE,
        countries: overview.countries.map((f) => ({ id: String(f.id), d: path(f) ?? '', focus: false })),
        box: '',
      },
    };
    insetCache.set(overview, cached);
  }
  const { west, south, east, north } = focusFor(view, size);
  const corners = ([[west, south], [west, north], [east, north], [east, south]] as [number, number][]).map((p) => cached!.projection(p)!);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    ...cached.frame,
    countries: cached.frame.countries.map((c) => ({ ...c, focus: focus.includes(c.id) })),
    box: `M${r(x0)},${r(y0)}H${r(x1)}V${r(y1)}H${r(x0)}Z`,
  };
}

