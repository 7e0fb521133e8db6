import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/lib/map/relative-path.ts';

/** The absolute points a path of M, L, l and z visits, in order. */
function points(d: string): string[] {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const [, c, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (c === 'z' || c === 'Z') {
      [x, y] = [sx, sy];
      out.push('z');
      continue;
    }
    for (let i = 0; i < n.length; i += 2) {
      const rel = c === 'l' || (c === 'm' && i > 0);
      [x, y] = rel ? [x + n[i]!, y + n[i + 1]!] : [n[i]!, n[i + 1]!];
      if (c === 'M' && i === 0) [sx, sy] = [x, y];
      out.push(`${x},${y}`);
    }
  }
  return out;
}

describe('relativePath', () => {
  it('visits exactly the same points, through several rings and lines', () => {
    const d = 'M120.5,40L121,40.5L122,40.5L121.5,39Z M10,10L9.5,10L9.5,0.5L10,-0.5ZM300,300L299.5,301';
    const r = relativePath(d);
    expect(points(r)).toEqual(points(d));
    expect(r.length).toBeLessThan(d.length);
  });

  it('writes numbers as SVG reads them, without leading zeros or needless separators', () => {
    expect(relativePath('M0.5,0L1,0.5L0.5,0Z')).toBe('M.5 0l.5 .5-.5-.5z');
  });

  it('stops on a command d3-geo does not write', () => {
    expect(() => relativePath('M0,0A1,1,0,0,1,2,2')).toThrow('"A" is not a command');
  });
});
