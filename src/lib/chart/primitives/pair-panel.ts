/** A panel of two horizontal bars, Kyrgyzstan's above Tajikistan's, for one metric. */
import type { Formats } from '../../i18n/format.ts';
import { textWidth } from '../../i18n/measure.ts';
import type { ChartMark } from '../marks.ts';
import { barValue, type Figure } from '../types.ts';
import type { Panel } from './layout.ts';
import { linear } from './linear.ts';
import { rect, text } from './shapes.ts';
import { sideClass, sideName } from './sides.ts';

/** Two horizontal bars, Kyrgyzstan above Tajikistan, for one metric, in a box; `title` in the reader's locale. */
export function pairPanel(key: string, title: string, pair: { KGZ: Figure; TJK: Figure }, box: Panel, fmt: Formats, max?: number): ChartMark[] {
  const marks: ChartMark[] = [];
  const names = { KGZ: sideName(fmt, 'KGZ'), TJK: sideName(fmt, 'TJK') };
  // the bars start 82 px in, or past the longer side's name where a locale's is longer
  const labelW = Math.max(82, ...Object.values(names).map((n) => textWidth(n, 'chartLabel') + 10));
  const valueW = 112;
  const scaleMax = max ?? Math.max(barValue(pair.KGZ), barValue(pair.TJK)) * 1.02;
  const x = linear([0, scaleMax || 1], [box.x + labelW, box.x + box.w - valueW]);
  marks.push(text(`${key}-title`, 'chart__panel-title', box.x, box.y + 14, title));
  // in a short panel (a landscape phone) the bars close up rather than thin to hairlines
  const compact = box.h < 80;
  const barH = compact ? Math.max(8, (box.h - 21) / 2 - 2) : Math.min(18, (box.h - 30) / 2 - 6);
  (['KGZ', 'TJK'] as const).forEach((side, i) => {
    const f = pair[side];
    const y = box.y + (compact ? 19 : 26) + i * (barH + (compact ? 3 : 8));
    marks.push(text(`${key}-${side}-name`, `chart__label chart__side--${sideClass(side)}`, box.x, y + barH / 2 + 4, names[side]));
    if (f.value === null) {
      marks.push(text(`${key}-${side}-value`, 'chart__value chart__value--missing', box.x + labelW, y + barH / 2 + 4, fmt.figure(f)));
      return;
    }
    const w = x(barValue(f)) - x(0);
    marks.push(rect(`${key}-${side}-bar`, `chart__bar chart__bar--${sideClass(side)}`, x(0), y, Math.max(2, w), barH));
    marks.push(text(`${key}-${side}-value`, 'chart__value', x(0) + Math.max(2, w) + 6, y + barH / 2 + 4, fmt.figure(f)));
  });
  return marks;
}
