/** Layout shared by the charts: when a frame is wide, and panels in a grid. */
import type { ChartMark } from '../marks.ts';
import type { Size } from '../types.ts';

/** Wide enough for side-by-side layouts. */
export const isWide = (size: Size) => size.width >= 560;

/** Where a panel is drawn. */
export interface Panel {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Panels in a grid; no taller than `maxH` each, the block centred in the height it has. */
export function grid<T>(items: T[], size: Size, columns: number, maxH: number, draw: (item: T, box: Panel) => ChartMark[]): ChartMark[] {
  const rows = Math.ceil(items.length / columns);
  const gap = 14;
  const w = (size.width - gap * (columns - 1)) / columns;
  const h = Math.min(maxH, (size.height - gap * (rows - 1)) / rows);
  const y0 = Math.max(0, (size.height - (h * rows + gap * (rows - 1))) / 2);
  return items.flatMap((item, i) => draw(item, { x: (i % columns) * (w + gap), y: y0 + Math.floor(i / columns) * (h + gap), w, h }));
}
