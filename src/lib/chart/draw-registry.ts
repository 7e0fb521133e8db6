/**
 * Every chart kind's drawing, by name: the draw registry, all of the charts the browser loads.
 * computeChart (and dataOf) look kinds up here, so the browser's bundle has each kind's marks
 * but not its data, refs or table, which are in registry.ts, the build's. A new kind is one line
 * here and one in registry.ts (beside its file in kinds/, its name in CHART_KINDS and its CSS);
 * the `satisfies` fails the type check while a kind in CHART_KINDS has no entry here or its field
 * differs from the registry's, and tests/chart/charts.test.ts checks that each entry is the very
 * drawing the registry's kind draws with.
 */
import type { ChartKind } from '../state/schema.ts';
import { civilians2022Drawing } from './kinds/civilians-2022.ts';
import { compareDrawing } from './kinds/compare.ts';
import { documentsDrawing } from './kinds/documents.ts';
import { incidentsDrawing } from './kinds/incidents.ts';
import { kmAgreedDrawing } from './kinds/km-agreed.ts';
import { lengthClaimsDrawing } from './kinds/length-claims.ts';
import { resettlementDrawing } from './kinds/resettlement.ts';
import { settlementTotalsDrawing } from './kinds/settlement-totals.ts';
import { settlementDrawing } from './kinds/settlement.ts';
import { tjCounts2022Drawing } from './kinds/tj-counts-2022.ts';
import { toll2021Drawing } from './kinds/toll-2021.ts';
import { tolls2022Drawing } from './kinds/tolls-2022.ts';
import type { CHART_REGISTRY } from './registry.ts';
import type { ChartDrawing } from './types.ts';

// in the registry's order
export const CHART_DRAW_REGISTRY = {
  'length-claims': lengthClaimsDrawing,
  'km-agreed': kmAgreedDrawing,
  documents: documentsDrawing,
  incidents: incidentsDrawing,
  'toll-2021': toll2021Drawing,
  'tolls-2022': tolls2022Drawing,
  'civilians-2022': civilians2022Drawing,
  compare: compareDrawing,
  settlement: settlementDrawing,
  'settlement-totals': settlementTotalsDrawing,
  'tj-counts-2022': tjCounts2022Drawing,
  resettlement: resettlementDrawing,
} as const satisfies { [K in ChartKind]: ChartDrawing<(typeof CHART_REGISTRY)[K]['field']> };

/** The drawing of the chart kind of that name; throws for a name that is none. */
export function chartDrawing(kind: string): ChartDrawing {
  if (!Object.hasOwn(CHART_DRAW_REGISTRY, kind)) throw new Error(`no chart kind "${kind}"`);
  return CHART_DRAW_REGISTRY[kind as ChartKind];
}

/** A kind's own field of the chart data (ChartData, of chart-data.ts, which imports this file). */
export const dataOf = (data: object, kind: string): unknown => (data as Record<string, unknown>)[chartDrawing(kind).field];
