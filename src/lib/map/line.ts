/**
 * The KG–TJ line as the maps draw it: its pieces in drawing order, the dash pattern that shows a
 * share of each, and the cross ticks of closed crossings.
 */
import { geoDistance, geoLength, type GeoProjection } from 'd3-geo';
import type { MultiLineString, Position } from 'geojson';
import { clamp } from '../geometry/boxes.ts';
import type { MapState } from '../state/schema.ts';
import type { LinePiece } from './frame.ts';
import type { GeoData } from './geo-data.ts';
import { closedTicks } from './ticks.ts';

/** Dash pattern of a line that is not agreed in full. */
const UNDEFINED_DASH = '7 4';

/**
 * The KG–TJ line in drawing order: its open lines from west to east, each oriented west→east,
 * and its rings (Vorukh's) appearing when the drawing reaches them. Fractions are geodesic, so
 * the order and timing do not depend on the projection or the size.
 */
export function orderLine(line: MultiLineString): { coordinates: Position[]; from: number; to: number; ring: boolean }[] {
  const isRing = (c: Position[]) => c.length > 3 && c[0]![0] === c.at(-1)![0] && c[0]![1] === c.at(-1)![1];
  const km = (c: Position[]) => geoLength({ type: 'LineString', coordinates: c });
  const open = line.coordinates
    .filter((c) => !isRing(c))
    .map((c) => (c[0]![0]! <= c.at(-1)![0]! ? c : [...c].reverse()))
    .sort((a, b) => Math.min(...a.map((p) => p[0]!)) - Math.min(...b.map((p) => p[0]!)));
  const total = open.reduce((s, c) => s + km(c), 0);
  const pieces: { coordinates: Position[]; from: number; to: number; ring: boolean }[] = [];
  let done = 0;
  for (const c of open) {
    const length = km(c);
    pieces.push({ coordinates: c, from: done / total, to: (done + length) / total, ring: false });
    done += length;
  }
  for (const ring of line.coordinates.filter(isRing)) {
    // attach the ring where the open line passes closest to it
    let best = { d: Infinity, at: 0 };
    let along = 0;
    for (const c of open) {
      for (let i = 0; i < c.length; i++) {
        if (i > 0) along += geoDistance(c[i - 1] as [number, number], c[i] as [number, number]);
        const d = geoDistance(c[i] as [number, number], ring[0] as [number, number]);
        if (d < best.d) best = { d, at: along / total };
      }
    }
    pieces.push({ coordinates: ring, from: best.at, to: Math.min(1, best.at + km(ring) / total), ring: true });
  }
  return pieces;
}
const tickCache = new WeakMap<GeoProjection, string>();
/** The closed line's ticks, once per projection (a projection is memoized per view and size). */
export function ticksFor(geo: GeoData, projection: GeoProjection): string {
  if (!tickCache.has(projection)) tickCache.set(projection, closedTicks(geo.kgTj, projection));
  return tickCache.get(projection)!;
}

/** The stroke-dasharray that shows `progress` of a piece of the line. */
export function lineDash(piece: Pick<LinePiece, 'length' | 'from' | 'to'>, progress: number, status: MapState['line']['status']): string {
  if (status === 'undefined') return UNDEFINED_DASH;
  const local = clamp((progress - piece.from) / (piece.to - piece.from || 1), 0, 1);
  if (local >= 1) return 'none';
  const len = Math.ceil(piece.length) + 1;
  return `${Math.round(local * piece.length * 10) / 10} ${len}`;
}