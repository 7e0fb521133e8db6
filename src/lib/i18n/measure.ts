/**
 * How wide a text is drawn, px, in the style it is set in: maps and charts place their labels at
 * build time, where there is no DOM to measure with. The widths are each glyph's, measured in the
 * site's own fonts and styles (glyph-widths.ts, by scripts/i18n/measure-glyphs.ts), so a label in
 * Cyrillic is placed as wide as it is drawn, not as a Latin label of as many letters.
 *
 * The table is given once, before the first label is placed: the build from glyph-widths.ts, the
 * browser from the payload it loads with the states (so the table stays out of the page's script,
 * and the browser places labels by the very widths the build did). Browser-safe.
 * e2e/graphic.spec.ts checks drawn labels against these widths in every edition.
 */
import { CHARSET, STYLE_ORDER } from './glyph-set.ts';

export type TextStyle = (typeof STYLE_ORDER)[number];
/** Per style, the widths (px × 10) of CHARSET's characters, comma-separated, in its order. */
export type GlyphWidths = Record<TextStyle, string>;

/** A little over the sum of the glyphs: kerning and hinting may widen a label by a hair. */
const SLACK = 1.02;

let widths: Record<TextStyle, { byChar: Map<string, number>; widest: number }> | null = null;

export function useGlyphWidths(table: GlyphWidths): void {
  const chars = [...CHARSET];
  widths = Object.fromEntries(
    STYLE_ORDER.map((style) => {
      const px = table[style].split(',').map((n) => Number(n) / 10);
      return [style, { byChar: new Map(chars.map((c, i) => [c, px[i]!])), widest: Math.max(...px) }];
    }),
  ) as NonNullable<typeof widths>;
}

export function textWidth(text: string, style: TextStyle): number {
  if (!widths) throw new Error('textWidth: no glyph widths yet (useGlyphWidths)');
  const w = widths[style];
  let sum = 0;
  for (const c of text) sum += w.byChar.get(c) ?? w.widest;
  return sum * SLACK;
}
