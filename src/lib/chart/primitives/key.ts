/** A chart's key (its legend): symbols drawn with the marks' classes, each with what it stands for. */
import { textWidth } from '../../i18n/measure.ts';
import type { ChartMark } from '../marks.ts';
import { circle, rect, text } from './shapes.ts';

/** One entry of a chart's key: a symbol drawn with a mark class, and what it stands for. */
export interface KeyItem {
  key: string;
  symbol: 'dot' | 'swatch';
  cls: string;
  /** in the reader's locale */
  label: string;
}

const KEY_LINE = 17;

/** A key laid out left to right, wrapping within `width`; returns its marks and its height. */
export function chartKey(items: KeyItem[], x0: number, y0: number, width: number): { marks: ChartMark[]; height: number } {
  const marks: ChartMark[] = [];
  let x = x0;
  let y = y0 + 11;
  for (const item of items) {
    const w = 16 + textWidth(item.label, 'chartKey') + 14;
    if (x > x0 && x + w - 14 > x0 + width) {
      x = x0;
      y += KEY_LINE;
    }
    marks.push(
      item.symbol === 'dot'
        ? circle(`key-${item.key}-symbol`, item.cls, x + 5, y - 4, 4.5)
        : rect(`key-${item.key}-symbol`, item.cls, x, y - 10, 11, 11),
    );
    marks.push(text(`key-${item.key}`, 'chart__key', x + 16, y, item.label));
    x += w;
  }
  return { marks, height: y - y0 + 8 };
}
