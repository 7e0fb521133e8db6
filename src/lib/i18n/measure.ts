/**
 * How wide a text is drawn, px, in the style it is set in: maps and charts place their labels at
 * build time, where there is no DOM to measure with. The widths are each glyph's, measured in the
 * site's own fonts and styles (glyph-widths.ts, by scripts/i18n/measure-glyphs.ts), so a label
 * in Cyrillic is placed as wide as it is drawn, not as a Latin label of as many letters.
 * Browser-safe. e2e/graphic.spec.ts checks drawn labels against these widths in every edition.
 */
import { CHARSET, STYLE_ORDER } from './glyph-set.ts';
import { GLYPH_WIDTHS } from './glyph-widths.ts';

export type TextStyle = (typeof STYLE_ORDER)[number];

/** A little over the sum of the glyphs: kerning and hinting may widen a label by a hair. */
const SLACK = 1.02;

const chars = [...CHARSET];
const widths = Object.fromEntries(
  STYLE_ORDER.map((style) => {
    const px = GLYPH_WIDTHS[style].split(',').map((n) => Number(n) / 10);
    return [style, { byChar: new Map(chars.map((c, i) => [c, px[i]!])), widest: Math.max(...px) }];
  }),
) as Record<TextStyle, { byChar: Map<string, number>; widest: number }>;

export function textWidth(text: string, style: TextStyle): number {
  const w = widths[style];
  let sum = 0;
  for (const c of text) sum += w.byChar.get(c) ?? w.widest;
  return sum * SLACK;
}
