/**
 * The cross ticks of a closed border: short strokes across the line at an even spacing along it,
 * each square to the line's general direction there. A dash pattern on a thick stroke (the simple
 * way) bunches into blots on tight bends; here the direction is taken over a stretch of line,
 * and a tick too close to one already drawn (a bend doubling back, a small loop) is left out.
 */
import type { GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { projectedLines } from './screen.ts';

const SPACING = 11;
const HALF_TICK = 4;
/** the stretch, either side of a tick, its direction is taken over */
const REACH = 6;
const MIN_APART = 8;

/** A point at arc length s along a polyline (clamped to its ends); `cum` holds the lengths so far. */
function pointAt(line: [number, number][], cum: number[], s: number): [number, number] {
  const t = Math.max(0, Math.min(s, cum.at(-1)!));
  let i = 1;
  while (i < cum.length - 1 && cum[i]! < t) i++;
  const [a, b] = [line[i - 1]!, line[i]!];
  const seg = cum[i]! - cum[i - 1]! || 1;
  const f = (t - cum[i - 1]!) / seg;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
}

/** The ticks along a line, as one SVG path (to 0.1 px). */
export function closedTicks(lines: MultiLineString, projection: GeoProjection): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  const centres: [number, number][] = [];
  let d = '';
  for (const line of projectedLines(lines, projection).filter((l) => l.length > 1)) {
    const cum = [0];
    for (let i = 1; i < line.length; i++) cum.push(cum[i - 1]! + Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]));
    const length = cum.at(-1)!;
    for (let s = SPACING / 2; s < length; s += SPACING) {
      const p = pointAt(line, cum, s);
      if (centres.some((c) => Math.hypot(c[0] - p[0], c[1] - p[1]) < MIN_APART)) continue;
      const a = pointAt(line, cum, s - REACH);
      const b = pointAt(line, cum, s + REACH);
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len < 1) continue;
      const [nx, ny] = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
      centres.push(p);
      d += `M${r(p[0] - nx * HALF_TICK)},${r(p[1] - ny * HALF_TICK)}L${r(p[0] + nx * HALF_TICK)},${r(p[1] + ny * HALF_TICK)}`;
    }
  }
  return d;
}
