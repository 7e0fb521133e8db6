/** The mark constructors every chart draws with: text, line, rect and circle, at rounded coordinates. */
import { px, type ChartMark } from '../marks.ts';

export const text = (key: string, cls: string, x: number, y: number, t: string, anchor: 'start' | 'middle' | 'end' = 'start'): ChartMark => ({
  type: 'text',
  key,
  class: cls,
  x: px(x),
  y: px(y),
  text: t,
  anchor,
});
export const line = (key: string, cls: string, x1: number, y1: number, x2: number, y2: number): ChartMark => ({
  type: 'line',
  key,
  class: cls,
  x1: px(x1),
  y1: px(y1),
  x2: px(x2),
  y2: px(y2),
});
export const rect = (key: string, cls: string, x: number, y: number, width: number, height: number): ChartMark => ({
  type: 'rect',
  key,
  class: cls,
  x: px(x),
  y: px(y),
  width: px(Math.max(0, width)),
  height: px(Math.max(0, height)),
});
export const circle = (key: string, cls: string, cx: number, cy: number, r: number): ChartMark => ({ type: 'circle', key, class: cls, cx: px(cx), cy: px(cy), r });
