/**
 * A map's key as HTML: one serialiser for the sticky graphic's key (the chapter's entries, those
 * this map does not draw faded and hidden from screen readers) and a still figure's caption (only
 * what its own map draws). The build writes the first key into the page; the browser swaps in
 * the same markup as the reader moves between steps.
 */
import type { LegendItem } from '../story/legend.ts';
import { escapeXml } from './xml.ts';

const item = (i: LegendItem, off: boolean) =>
  `<span class="legend__item${off ? ' legend__item--off' : ''}"${off ? ' aria-hidden="true"' : ''}><span class="swatch swatch--${i.key}" aria-hidden="true"></span>${escapeXml(i.label)}</span>`;

/** The sticky graphic's key: every entry of the chapter, in place. */
export const liveLegendHtml = (items: LegendItem[]): string => items.map((i) => item(i, !i.drawn)).join('');

/** A still figure's key: what its map draws. */
export const stillLegendHtml = (items: LegendItem[]): string => items.filter((i) => i.drawn).map((i) => item(i, false)).join('');
