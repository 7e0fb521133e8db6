/**
 * Rewrites an SVG path of absolute moves and lines (what d3-geo's path writes: M, L, Z) with
 * relative lines: "M120.5,40L121,40.5L122,40.5Z" becomes "M120.5 40l.5 .5 1 0z". Base layers are
 * snapped to a half-pixel grid (base.ts), so every step is an exact multiple of 0.5 and the
 * points are the very same; the path is about a third shorter, in the page and in memory.
 */
const fmt = (n: number): string => {
  const s = String(n === 0 ? 0 : n); // no "-0"
  return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
};

/** Numbers joined as SVG reads them: a space between two, none before a minus sign. */
const join = (numbers: number[]): string => numbers.map(fmt).reduce((out, n, i) => (i === 0 || n.startsWith('-') ? out + n : `${out} ${n}`), '');

export function relativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let line: number[] = [];
  const flush = () => {
    if (line.length) out += `l${join(line)}`;
    line = [];
  };
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const numbers = args!.trim() === '' ? [] : args!.trim().split(/[\s,]+/).map(Number);
    if (command === 'M') {
      flush();
      [x, y] = [numbers[0]!, numbers[1]!];
      [startX, startY] = [x, y];
      out += `M${join([x, y])}`;
      for (let i = 2; i < numbers.length; i += 2) line.push(numbers[i]! - x, numbers[i + 1]! - y), ([x, y] = [numbers[i]!, numbers[i + 1]!]);
    } else if (command === 'L') {
      for (let i = 0; i < numbers.length; i += 2) line.push(numbers[i]! - x, numbers[i + 1]! - y), ([x, y] = [numbers[i]!, numbers[i + 1]!]);
    } else if (command === 'Z' || command === 'z') {
      flush();
      out += 'z';
      [x, y] = [startX, startY];
    } else {
      throw new Error(`relativePath: "${command}" is not a command d3-geo writes`);
    }
  }
  flush();
  return out;
}
