/**
 * The types every chart kind shares: the size a chart is drawn at, a sourced figure, and the two
 * objects each file in kinds/ exports: its ChartDrawing (its marks, all the browser needs) and its
 * ChartKindDef (the kind whole, from its data in the tables to its marks and its table). (The mark
 * and table types are in marks.ts.) Marks and tables are written in the reader's locale, with the
 * Formats they are given; the data holds no words of the charts' own, only ids, numbers, dates and
 * the rows' text (which the build gives in the reader's locale).
 */
import type { Dataset } from '../data/tables.ts';
import type { Formats } from '../i18n/format.ts';
import type { ChartKind, ChartState } from '../state/schema.ts';
import type { ChartMark, ChartTable } from './marks.ts';

import type { Size } from '../geometry/size.ts';

export type { Size };

export type Side = 'KGZ' | 'TJK' | 'both';

/** A figure as a chart shows it: value, its qualifier, and the row it comes from. */
export interface Figure {
  ref: string;
  value: number | null;
  max?: number;
  qualifier: 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to';
}

/** The number a bar is drawn to: the upper end of a range, the value otherwise. */
export function barValue(f: Figure): number {
  return f.value === null ? 0 : (f.max ?? f.value);
}

/**
 * What the browser needs of a chart kind to draw it: its field of ChartData and its marks. Each
 * file in kinds/ exports its drawing on its own, for the draw registry, which is all the browser
 * loads; the kind's data, refs and table (the build's) are in its ChartKindDef only, so they stay
 * out of the browser's bundle. A method, not a function-valued property, so that every drawing
 * fits ChartDrawing<string, unknown>.
 */
export interface ChartDrawing<F extends string = string, D = unknown> {
  /** its slice of ChartData (the page ships ChartData to the browser, which draws from it) */
  field: F;
  /** its marks at one size, in the reader's locale, before the step's emphasis (computeChart adds that) */
  draw(state: ChartState, data: D, size: Size, fmt: Formats): ChartMark[];
}

/**
 * One chart kind whole: its drawing, and its data `D` (its own slice of ChartData, named `field`
 * there), refs and table, which only the build uses. Methods, so that every kind fits the
 * registry's ChartKindDef<string, unknown>.
 */
export interface ChartKindDef<F extends string = string, D = unknown> extends ChartDrawing<F, D> {
  kind: ChartKind;
  /** its data, taken from the tables at build time */
  data(dataset: Dataset): D;
  /** every row it rests on ("table/id"), for its sources and for tracing its numbers */
  refs(data: D): string[];
  /** the same figures as text, with their qualifiers, for the table behind the chart, in the reader's locale */
  table(state: ChartState, data: D, fmt: Formats): ChartTable;
}

/** A kind's drawing: the field of ChartData it draws from, and how. */
export const defineDrawing = <F extends string, D>(field: F, draw: (state: ChartState, data: D, size: Size, fmt: Formats) => ChartMark[]): ChartDrawing<F, D> => ({
  field,
  draw,
});

/**
 * A chart kind: its drawing (the same object's field and draw function, so the draw registry and
 * the registry cannot disagree), with its data, refs and table. Call it as
 * `/* @__PURE__ *\/ defineChart(…)`, so that the browser's bundle, which uses only the drawing,
 * drops the rest.
 */
export const defineChart = <F extends string, D>(drawing: ChartDrawing<F, D>, def: Omit<ChartKindDef<F, D>, keyof ChartDrawing>): ChartKindDef<F, D> => ({
  ...def,
  field: drawing.field,
  draw: drawing.draw,
});
