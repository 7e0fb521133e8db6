/**
 * The camera between two drawings of a map: the similarity transform (a scale and a shift) that
 * carries points drawn in one projection to where another draws them. The live graphic moves
 * the old geometry with it before swapping in the new view's; the build uses it to show one
 * drawing of the opening map's base at another layout's size.
 */
import type { GeoProjection } from 'd3-geo';
import type { Extent } from '../geo/extents.ts';

export interface Camera {
  scale: number;
  x: number;
  y: number;
}

/** A focus box's corners and centre: the points a camera is fitted on. */
export function focusCorners({ west, south, east, north }: Pick<Extent, 'west' | 'south' | 'east' | 'north'>): [number, number][] {
  return [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
    [(west + east) / 2, (south + north) / 2],
  ];
}

/** Fitted (least squares) on the given points, in longitude and latitude. */
export function cameraBetween(from: GeoProjection, to: GeoProjection, focus: [number, number][]): Camera {
  const pairs = focus.map((p) => [from(p), to(p)]).filter((pair): pair is [[number, number], [number, number]] => !!pair[0] && !!pair[1]);
  const n = pairs.length;
  const mean = (f: (p: [[number, number], [number, number]]) => number) => pairs.reduce((s, p) => s + f(p), 0) / n;
  const ax = mean((p) => p[0][0]);
  const ay = mean((p) => p[0][1]);
  const bx = mean((p) => p[1][0]);
  const by = mean((p) => p[1][1]);
  let num = 0;
  let den = 0;
  for (const [a, b] of pairs) {
    num += (a[0] - ax) * (b[0] - bx) + (a[1] - ay) * (b[1] - by);
    den += (a[0] - ax) ** 2 + (a[1] - ay) ** 2;
  }
  const scale = den > 0 ? num / den : 1;
  return { scale, x: bx - scale * ax, y: by - scale * ay };
}

const r = (n: number) => Math.round(n * 10) / 10;
export const cameraTransform = (c: Camera): string => `translate(${r(c.x)},${r(c.y)}) scale(${c.scale})`;
