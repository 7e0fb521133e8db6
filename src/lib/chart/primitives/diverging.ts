/** Diverging bars: what went to Tajikistan to the left of a shared axis, to Kyrgyzstan to the right. */
import type { Formats } from '../../i18n/format.ts';
import type { ChartMark } from '../marks.ts';
import type { Size } from '../types.ts';
import { linear } from './linear.ts';
import { line, rect, text } from './shapes.ts';
import { wrap } from './labels.ts';
import { sideClass } from './sides.ts';

/** A diverging-bar row: its label, an optional note under it (both in the reader's locale), and one bar each way. */
export interface DivergingRow {
  ref: string;
  label: string;
  note?: string;
  toTJK: number | null;
  toKGZ: number | null;
  /** "about" for a reported round figure */
  about?: boolean;
}

/**
 * Rows of diverging bars, to Tajikistan left and to Kyrgyzstan right of a shared axis, each
 * row's label above its bars so the bars get the full width on a phone. Rows shrink (gaps first,
 * then bars) to fit the height, and the axis is drawn through the bars only, never through a label.
 * A label or note wider than the frame wraps onto more lines (a Russian one may on a phone).
 * The unit line and the foot are the kind's own words, in the reader's locale.
 */
export function diverging(rows: DivergingRow[], size: Size, fmt: Formats, unit: string, foot?: string): ChartMark[] {
  const marks: ChartMark[] = [];
  const mid = size.width / 2;
  const half = mid - 44;
  const max = Math.max(...rows.flatMap((s) => [s.toTJK ?? 0, s.toKGZ ?? 0]));
  const x = linear([0, max], [0, half]);
  const top = 44;
  const bottom = size.height - (foot ? 22 : 4);
  const lines = rows.map((r) => ({ label: wrap(r.label, size.width, 'chartLabel'), note: r.note ? wrap(r.note, size.width, 'chartLabelSmall') : [] }));
  const fixed = lines.reduce((h, l) => h + l.label.length * 14 + l.note.length * 13, 0);
  // bars and gaps share what the labels leave: bars 9–14 px, gaps 4–24 px
  const spare = Math.max(0, bottom - top - fixed);
  const barH = Math.max(9, Math.min(14, (spare - rows.length * 4) / rows.length));
  const gap = Math.max(4, Math.min(24, (spare - rows.length * barH) / rows.length));
  marks.push(text('head-tj', 'chart__side chart__side--tjk', mid - 6, 14, fmt.t('chart.diverging.to_tjk'), 'end'));
  marks.push(text('head-kg', 'chart__side chart__side--kgz', mid + 6, 14, fmt.t('chart.diverging.to_kgz')));
  marks.push(text('unit', 'chart__note', mid, 30, unit, 'middle'));
  let y0 = top;
  rows.forEach((s, i) => {
    const { label, note } = lines[i]!;
    label.forEach((t, k) => marks.push(text(`label-${s.ref}${k ? `-${k}` : ''}`, 'chart__label', 0, y0 + 10 + k * 14, t)));
    const noteTop = y0 + label.length * 14;
    note.forEach((t, k) => marks.push(text(`note-${s.ref}${k ? `-${k}` : ''}`, 'chart__note', 0, noteTop + 9 + k * 13, t)));
    const barY = noteTop + note.length * 13 + 1;
    marks.push(line(`axis-${s.ref}`, 'chart__axis', mid, barY - 2, mid, barY + barH + 2));
    for (const [side, value, dir] of [['TJK', s.toTJK, -1], ['KGZ', s.toKGZ, 1]] as const) {
      if (value === null) continue;
      const w = Math.max(2, x(value));
      marks.push(rect(`${side}-bar-${s.ref}`, `chart__bar chart__bar--${sideClass(side)}`, dir < 0 ? mid - w : mid, barY, w, barH));
      const v = s.about ? fmt.figure({ value, qualifier: 'about' }, { short: true }) : fmt.number(value);
      marks.push(text(`${side}-${s.ref}`, 'chart__value', mid + dir * (w + 5), barY + barH - 2, v, dir < 0 ? 'end' : 'start'));
    }
    y0 = barY + barH + gap;
  });
  if (foot) marks.push(text('foot', 'chart__note', 0, size.height - 6, foot));
  return marks;
}
