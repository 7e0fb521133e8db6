/**
 * linear() stands in for d3-scale's scaleLinear in the charts and must draw the same, to the last
 * bit: the expected values below were computed with d3-scale 4.0.2's
 * `scaleLinear().domain(d).range(r)` (and its `.ticks(n)`) before it was dropped, on the domains
 * and ranges the charts use and the edge cases (a descending domain, a single-value one).
 */
import { ticks } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { linear } from '../../src/lib/chart/primitives/linear.ts';

const SCALED: { d: [number, number]; r: [number, number]; xs: number[]; ys: number[] }[] = [
  { d: [1372636800000, 1751328000000], r: [40, 710], xs: [1393675200000, 1546300800000, 1733011200000], ys: [77.22222222222223, 347.2553045859001, 677.5929728496463] },
  { d: [0, 100], r: [630, 58.5], xs: [0, 25, 50, 60.2, 100], ys: [630, 487.125, 344.25, 285.957, 58.5] },
  { d: [930, 1015], r: [171.2, 812], xs: [970, 971.5, 987, 1000], ys: [472.7529411764706, 484.0611764705882, 600.9129411764706, 698.9176470588235] },
  { d: [0, 64.26], r: [82.3, 701.7], xs: [0, 19, 41, 63], ys: [82.3, 265.4403672580143, 477.49763460939937, 689.5549019607844] },
  { d: [1920, 1995], r: [40, 404], xs: [1924, 1936, 1991], ys: [59.413333333333334, 117.65333333333334, 384.58666666666664] },
  { d: [1663286400000, 1664409600000], r: [30, 730], xs: [1663502400000, 1663401600000], ys: [164.6153846153846, 101.7948717948718] },
  { d: [1015, 930], r: [0, 1], xs: [930, 975.5, 1015], ys: [1, 0.4647058823529412, 0] },
  { d: [5, 5], r: [10, 30], xs: [0, 5, 1e9], ys: [20, 20, 20] },
];

const TICKS: { d: [number, number]; n?: number; ticks: number[] }[] = [
  { d: [930, 1015], n: 2, ticks: [950, 1000] },
  { d: [930, 1015], n: 3, ticks: [940, 960, 980, 1000] },
  { d: [930, 1015], n: 5, ticks: [940, 960, 980, 1000] },
  { d: [1015, 930], n: 4, ticks: [1000, 980, 960, 940] },
  { d: [0, 0.37], n: 4, ticks: [0, 0.1, 0.2, 0.3] },
  { d: [0, 70], ticks: [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70] },
];

describe('linear', () => {
  it.each(SCALED)('maps $d onto $r exactly as d3-scale did', ({ d, r, xs, ys }) => {
    const x = linear(d, r);
    expect(xs.map(x)).toStrictEqual(ys);
  });

  it('interpolates as a * (1 - t) + b * t (d3-interpolate), not as a + t * (b - a)', () => {
    // the two differ in the last bits here
    const t = (987 - 930) / (1015 - 930);
    expect(linear([930, 1015], [171.2, 812])(987)).toBe(171.2 * (1 - t) + 812 * t);
    expect(171.2 + t * (812 - 171.2)).not.toBe(171.2 * (1 - t) + 812 * t);
  });

  it('maps what is not a number to undefined, as d3-scale does, and does not clamp', () => {
    const x = linear([0, 10], [0, 100]);
    expect(x(NaN)).toBeUndefined();
    expect(x(null as unknown as number)).toBeUndefined();
    expect(x(20)).toBe(200);
    expect(x(-5)).toBe(-50);
  });

  it.each(TICKS)('ticks $d ($n) as d3-scale did', ({ d, n, ticks: expected }) => {
    expect(linear(d, [0, 1]).ticks(n)).toStrictEqual(expected);
    expect(linear(d, [0, 1]).ticks(n)).toStrictEqual(ticks(d[0], d[1], n ?? 10));
  });
});
