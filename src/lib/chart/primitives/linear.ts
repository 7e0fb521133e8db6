/**
 * A linear scale, as much of d3-scale's scaleLinear as the charts use, and bit for bit the same:
 * `linear([d0, d1], [r0, r1])` is `scaleLinear().domain([d0, d1]).range([r0, r1])`, and its
 * `ticks(count)` the scale's. It is d3-scale's own arithmetic (continuous.js and linear.js, 4.0.2)
 * without the rest of d3-scale, which would bring d3-format into the browser: x is normalised as
 * (x - a) / (b - a), to 0.5 when the domain is a single value, and interpolated with
 * d3-interpolate's interpolateNumber (a * (1 - t) + b * t); a descending domain is normalised from
 * its smaller end, with the range swapped to match; ticks are d3-array's. No clamping (no chart
 * clamps), and, as in d3-scale, a value that is null or not a number maps to undefined.
 */
import { ticks } from 'd3-array';
import { interpolateNumber } from 'd3-interpolate';

export interface Linear {
  (x: number): number;
  /** about `count` round values across the domain, in its direction (d3-array's ticks) */
  ticks(count?: number): number[];
}

export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Linear {
  const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  const mid = isNaN(span) ? NaN : 0.5;
  const range = interpolateNumber(from, to);
  const scale = ((x: number) => (x == null || isNaN((x = +x)) ? undefined : range(span ? (x - a) / span : mid))) as Linear;
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}
