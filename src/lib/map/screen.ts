/**
 * Screen geometry of projected features: snapping to a pixel grid, the visible rings of an area,
 * where its label has most room, its bounding box, whether a pixel lies in it, and the length of a
 * line on screen. Memoized per projection (itself memoized per view and size, see base.ts).
 */
import { geoContains, geoStream, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import polylabel from 'polylabel';
import type { LineString } from 'geojson';
import type { Box } from '../geometry/boxes.ts';
import type { AreaFeature } from './geo-data.ts';

/**
 * Snaps every projected point to a `cell`-px grid and drops repeats. Unlike thinning by
 * distance, snapping does not depend on the direction a ring is drawn in, so a border shared by
 * two fills comes out identical in both and no hairline seam opens between them.
 */
export function snapped(projection: GeoProjection, cell: number): { stream(s: GeoStream): GeoStream } {
  const snap = (v: number) => Math.round(v / cell) * cell;
  return {
    stream(output: GeoStream): GeoStream {
      let lastX = NaN;
      let lastY = NaN;
      return projection.stream({
        point(x, y) {
          const sx = snap(x);
          const sy = snap(y);
          if (sx === lastX && sy === lastY) return;
          output.point(sx, sy);
          lastX = sx;
          lastY = sy;
        },
        lineStart() {
          lastX = lastY = NaN;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      });
    },
  };
}

/**
 * The lines (or rings) of any geometry on screen, after projection and clipping to the frame:
 * one per line the projection's stream draws. The rings of an area, the length of a line, the
 * border segments labels keep off and the closed-border ticks all start from it.
 */
export function projectedLines(object: GeoPermissibleObjects, projection: GeoProjection): [number, number][][] {
  const lines: [number, number][][] = [];
  let line: [number, number][] = [];
  geoStream(
    object,
    projection.stream({
      point: (x: number, y: number) => void line.push([x, y]),
      lineStart: () => void (line = []),
      lineEnd: () => void lines.push(line),
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    }),
  );
  return lines;
}

/** Screen-space rings of a feature (those of three points or more). */
const projectedRings = (feature: AreaFeature, projection: GeoProjection) => projectedLines(feature, projection).filter((r) => r.length > 2);

function ringArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(a / 2);
}

/**
 * Per-projection memo of a feature's screen geometry. A projection is itself memoized per view and
 * size (computeBase), so scrolling between steps of one view reuses the label spots and outlines
 * instead of re-projecting and re-searching them (which made long tasks on phones).
 */
function memoByProjection<T>(fn: (feature: AreaFeature, projection: GeoProjection) => T): (feature: AreaFeature, projection: GeoProjection) => T {
  const cache = new WeakMap<GeoProjection, WeakMap<AreaFeature, T>>();
  return (feature, projection) => {
    let byFeature = cache.get(projection);
    if (!byFeature) cache.set(projection, (byFeature = new WeakMap()));
    if (!byFeature.has(feature)) byFeature.set(feature, fn(feature, projection));
    return byFeature.get(feature)!;
  };
}

/** The pole of inaccessibility of the largest visible part: where a label has most room. */
export const labelPoint = memoByProjection((feature, projection): { x: number; y: number; room: number } | null => {
  const rings = projectedRings(feature, projection);
  if (rings.length === 0) return null;
  const largest = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const p = polylabel([largest], 1);
  return { x: p[0]!, y: p[1]!, room: p.distance };
});

/** The screen bounding box of what is visible of a feature. */
export const screenBox = memoByProjection((feature, projection): Box => {
  const points = projectedRings(feature, projection).flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
});

/** Whether a screen point (to the pixel) lies in a feature: memoized, as label candidates repeat
 * from step to step and a spherical point-in-polygon test on a country outline is not cheap. */
export const containsPixel = memoByProjection((feature, projection) => {
  const known = new Map<string, boolean>();
  return (px: number, py: number): boolean => {
    const key = `${Math.round(px)},${Math.round(py)}`;
    let inside = known.get(key);
    if (inside === undefined) {
      const p = projection.invert?.([Math.round(px), Math.round(py)]) ?? null;
      inside = p !== null && geoContains(feature, p);
      known.set(key, inside);
    }
    return inside;
  };
});

/** Screen length of a projected line, px. */
export function screenLength(line: LineString, projection: GeoProjection): number {
  let length = 0;
  for (const points of projectedLines(line, projection)) {
    for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  }
  return length;
}
