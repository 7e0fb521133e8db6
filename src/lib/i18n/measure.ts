/**
 * How wide a text is drawn, px, by the style it is set in: maps and charts place their labels at
 * build time, where there is no DOM to measure with. Browser-safe.
 */

/** The styles labels are set in (map.css, chart.css), and px per character of each. */
const CHAR_PX = {
  country: 9.8,
  region: 6.6,
  district: 8,
  place: 7.25,
  capital: 7.7,
  enclave: 7.7,
  sub: 6.2,
  credit: 6.1,
  /** the date stamp and km counter, top left of a map */
  stamp: 9.5,
  /** the note at a map's foot */
  note: 6,
  chartKey: 6.3,
  chartLabel: 6.3,
  /** chart__label--small */
  chartLabelSmall: 5.8,
  /** chart__value, bold */
  chartValue: 7.2,
  /** a document's label on the phone's time axis: wrapped a little wide, so no line reaches the frame's edge */
  chartDocument: 6.4,
} as const;

export type TextStyle = keyof typeof CHAR_PX;

export function textWidth(text: string, style: TextStyle): number {
  return text.length * CHAR_PX[style];
}
