/**
 * The data behind each chart, taken from the tables at build time. Every value keeps the id of
 * the row it came from, so a chart can list its sources and the tests can trace every number.
 * The result is small and plain JSON: it is what the page ships to the browser for its charts.
 * Each kind builds its own field of it (in kinds/); this file puts them together.
 */
import type { Dataset } from '../data/tables.ts';
import { dataOf } from './draw-registry.ts';
import { CHART_REGISTRY, chartKind } from './registry.ts';

export { dataOf };

export type { Figure, Side } from './types.ts';
export type { LengthClaim } from './kinds/length-claims.ts';
export type { AgreedClaim } from './kinds/km-agreed.ts';
export type { Document } from './kinds/documents.ts';
export type { Incident } from './kinds/incidents.ts';
export type { SidePair } from './kinds/toll-2021.ts';
export type { TollPoint } from './kinds/tolls-2022.ts';
export type { CivilianCounts } from './kinds/civilians-2022.ts';
export type { ComparePair } from './kinds/compare.ts';
export type { SwapItem } from './kinds/settlement.ts';
export type { SwapTotal } from './kinds/settlement-totals.ts';
export type { Count } from './kinds/tj-counts-2022.ts';
export type { HouseCount, Resettlement } from './kinds/resettlement.ts';

type Entry = (typeof CHART_REGISTRY)[keyof typeof CHART_REGISTRY];
/** Every kind's data, under its field's name ({ lengthClaims: LengthClaim[], kmAgreed: …, … }). */
export type ChartData = { [E in Entry as E['field']]: ReturnType<E['data']> };

export function buildChartData(dataset: Dataset): ChartData {
  return Object.fromEntries(Object.values(CHART_REGISTRY).map((def) => [def.field, def.data(dataset)])) as ChartData;
}

/** Every row a chart kind rests on ("table/id"), for its sources and for tracing its numbers. */
export function chartRefs(data: ChartData, kind: string): string[] {
  return chartKind(kind).refs(dataOf(data, kind));
}
