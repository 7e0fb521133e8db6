/**
 * The types every chart kind shares: the size a chart is drawn at, a sourced figure, and
 * ChartKindDef, the one object each file in kinds/ exports: a chart kind whole, from its data in
 * the tables to its marks and its table. (The mark and table types are in marks.ts.)
 */
import type { Dataset } from '../data/tables.ts';
import type { ChartKind, ChartState } from '../state/schema.ts';
import type { ChartMark, ChartTable } from './marks.ts';

export interface Size {
  width: number;
  height: number;
}

export type Side = 'KGZ' | 'TJK' | 'both';

/** A figure as a chart shows it: value, its qualifier, and the row it comes from. */
export interface Figure {
  ref: string;
  value: number | null;
  max?: number;
  qualifier: 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to';
}

/**
 * One chart kind. Its data `D` is its own slice of ChartData, named `field` there (the page ships
 * ChartData to the browser, which draws the live chart from it). Methods, not function-valued
 * properties, so that every kind fits the registry's ChartKindDef<string, unknown>.
 */
export interface ChartKindDef<F extends string = string, D = unknown> {
  kind: ChartKind;
  field: F;
  /** its data, taken from the tables at build time */
  data(dataset: Dataset): D;
  /** every row it rests on ("table/id"), for its sources and for tracing its numbers */
  refs(data: D): string[];
  /** its marks at one size, before the step's emphasis (computeChart adds that) */
  draw(state: ChartState, data: D, size: Size): ChartMark[];
  /** the same figures as text, with their qualifiers, for the table behind the chart */
  table(state: ChartState, data: D): ChartTable;
}

/** A chart kind, with its data's type and its field's name inferred from the definition. */
export const defineChart = <F extends string, D>(def: ChartKindDef<F, D>): ChartKindDef<F, D> => def;
