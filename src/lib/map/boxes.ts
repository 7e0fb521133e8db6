/** Screen boxes (px) for label placement: what a label, a marker or a corner widget covers. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const pointBox = (x: number, y: number): Box => ({ x0: x, y0: y, x1: x, y1: y });

export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));
