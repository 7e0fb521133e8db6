/**
 * The characters label widths are measured for (scripts/i18n/measure-glyphs.ts writes their
 * widths to glyph-widths.ts, measure.ts reads them), and the styles they are measured in. A character
 * outside the set is taken as wide as the style's widest glyph: a label placed too wide, never
 * one drawn wider than its place. A new alphabet adds its letters here and is measured again.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

export const CHARSET =
  // Basic Latin
  range(0x20, 0x7e) +
  // Russian
  range(0x410, 0x44f) +
  'Ёё' +
  // Kyrgyz and Tajik (cyrillic-ext)
  'ҒғӢӣҚқӮӯҲҳҶҷҢңӨөҮү' +
  // typography the story uses
  '–—‘’“”„«»…·•≈≥≤×²°′″№→←↓ ';

export const STYLE_ORDER = [
  'country',
  'region',
  'district',
  'place',
  'capital',
  'enclave',
  'sub',
  'credit',
  'stamp',
  'note',
  'chartKey',
  'chartLabel',
  'chartLabelSmall',
  'chartValue',
  'chartDocument',
] as const;
