/**
 * Every chart kind whole, by name: the registry, the build's. A new kind is its file in kinds/,
 * one line here and one in draw-registry.ts (the draw registry, its drawing alone, which is what
 * computeChart and the browser use), its name in CHART_KINDS and its CSS. chartTable,
 * buildChartData and chartRefs look kinds up here. The `satisfies` fails the type check while a
 * kind in CHART_KINDS has no entry; tests/chart/charts.test.ts checks that the two registries
 * have the same kinds, drawn by the same functions.
 */
import type { ChartKind } from '../state/schema.ts';
import { civilians2022 } from './kinds/civilians-2022.ts';
import { compare } from './kinds/compare.ts';
import { documents } from './kinds/documents.ts';
import { incidents } from './kinds/incidents.ts';
import { kmAgreed } from './kinds/km-agreed.ts';
import { lengthClaims } from './kinds/length-claims.ts';
import { resettlement } from './kinds/resettlement.ts';
import { settlementTotals } from './kinds/settlement-totals.ts';
import { settlement } from './kinds/settlement.ts';
import { tjCounts2022 } from './kinds/tj-counts-2022.ts';
import { toll2021 } from './kinds/toll-2021.ts';
import { tolls2022 } from './kinds/tolls-2022.ts';
import type { ChartKindDef } from './types.ts';

// in the order of ChartData's fields in the JSON the page ships (a new kind goes at the end)
export const CHART_REGISTRY = {
  'length-claims': lengthClaims,
  'km-agreed': kmAgreed,
  documents,
  incidents,
  'toll-2021': toll2021,
  'tolls-2022': tolls2022,
  'civilians-2022': civilians2022,
  compare,
  settlement,
  'settlement-totals': settlementTotals,
  'tj-counts-2022': tjCounts2022,
  resettlement,
} as const satisfies Record<ChartKind, ChartKindDef>;

/** The chart kind of that name; throws for a name that is none. */
export function chartKind(kind: string): ChartKindDef {
  if (!Object.hasOwn(CHART_REGISTRY, kind)) throw new Error(`no chart kind "${kind}"`);
  return CHART_REGISTRY[kind as ChartKind];
}
