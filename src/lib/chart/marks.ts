/**
 * Charts are computed as plain marks (rects, lines, paths, circles, text), each with a stable
 * key. The build renders them to static SVG; the browser joins them by key with D3, so marks that
 * persist between two states move instead of popping.
 */
export type ChartMark =
  | { type: 'rect'; key: string; class: string; x: number; y: number; width: number; height: number }
  | { type: 'line'; key: string; class: string; x1: number; y1: number; x2: number; y2: number }
  | { type: 'path'; key: string; class: string; d: string }
  | { type: 'circle'; key: string; class: string; cx: number; cy: number; r: number }
  | { type: 'text'; key: string; class: string; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' };

export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface ChartFrame {
  kind: string;
  width: number;
  height: number;
  marks: ChartMark[];
}

/** Rounds coordinates so the markup stays short and identical between build and browser. */
export const px = (n: number) => Math.round(n * 10) / 10;
