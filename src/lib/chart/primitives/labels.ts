/** Label placement: a label wrapped onto lines, and labels spread along an axis so none overlap. */
import { textWidth, type TextStyle } from '../../i18n/measure.ts';

/**
 * Splits a label into lines no wider than `max` px in `style`, at spaces (a no-break space holds:
 * «91 га» stays on one line); a word wider than `max` has a line of its own.
 */
export function wrap(label: string, max: number, style: TextStyle): string[] {
  const fits = (s: string) => textWidth(s, style) <= max;
  if (fits(label)) return [label];
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Tops for labels of heights `h` that would each sit centred at `ideal`, moved as little as they
 * must so none overlaps the next (with `gap` between) and all stay within lo–hi: overlapping
 * labels are merged into a block centred on their ideal centres, until no blocks overlap.
 */
export function spreadLabels(items: { ideal: number; h: number }[], lo: number, hi: number, gap = 4): number[] {
  type Block = { first: number; last: number; top: number; height: number; sum: number };
  const blocks: Block[] = [];
  const place = (b: Block) => {
    const n = b.last - b.first + 1;
    b.top = Math.max(lo, Math.min(hi - b.height, b.sum / n - b.height / 2));
  };
  items.forEach((it, i) => {
    const b: Block = { first: i, last: i, top: 0, height: it.h, sum: it.ideal };
    place(b);
    blocks.push(b);
    // merge backwards while the new block overlaps the one before it
    while (blocks.length > 1) {
      const a = blocks[blocks.length - 2]!;
      const c = blocks[blocks.length - 1]!;
      if (a.top + a.height + gap <= c.top) break;
      const merged: Block = { first: a.first, last: c.last, top: 0, height: a.height + gap + c.height, sum: a.sum + c.sum };
      place(merged);
      blocks.splice(-2, 2, merged);
    }
  });
  const tops: number[] = [];
  for (const b of blocks) {
    let y = b.top;
    for (let i = b.first; i <= b.last; i++) {
      tops.push(y);
      y += items[i]!.h + gap;
    }
  }
  return tops;
}
