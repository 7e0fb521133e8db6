/**
 * The table behind every chart: the same figures as text, with the qualifiers and the rows they
 * come from, for screen readers, for readers who prefer numbers, and for anyone checking. Each
 * kind writes its own (in kinds/).
 */
import type { ChartState } from '../state/schema.ts';
import type { ChartData } from './chart-data.ts';
import { dataOf } from './draw-registry.ts';
import type { ChartTable } from './marks.ts';
import { chartKind } from './registry.ts';

export function chartTable(state: ChartState, data: ChartData): ChartTable {
  return chartKind(state.kind).table(state, dataOf(data, state.kind));
}
