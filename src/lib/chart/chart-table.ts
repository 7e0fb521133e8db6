/**
 * The table behind every chart: the same figures as text, with the qualifiers and the rows they
 * come from, for screen readers, for readers who prefer numbers, and for anyone checking, in the
 * reader's locale. Each kind writes its own (in kinds/).
 */
import type { Formats } from '../i18n/format.ts';
import type { ChartState } from '../state/schema.ts';
import type { ChartData } from './chart-data.ts';
import { dataOf } from './draw-registry.ts';
import type { ChartTable } from './marks.ts';
import { chartKind } from './registry.ts';

export function chartTable(state: ChartState, data: ChartData, fmt: Formats): ChartTable {
  return chartKind(state.kind).table(state, dataOf(data, state.kind), fmt);
}
