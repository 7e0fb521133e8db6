/**
 * The settlement-totals chart: the two totals reported for the 2025 land swaps, as diverging
 * bars; they agree neither with each other nor with the items Kyrgyzstan listed.
 */
import type { Dataset } from '../../data/tables.ts';
import { formatValue } from '../format-figure.ts';
import { diverging } from '../primitives/diverging.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing } from '../types.ts';

/** A reported total of the 2025 swaps, each way. */
export interface SwapTotal {
  ref: string;
  item: string;
  toTJK: number | null;
  toKGZ: number | null;
  about: boolean;
  /** what the other way was said to be, where only one way has a figure */
  otherWay?: string;
}

/** The two totals reported for the swaps, which agree neither with each other nor with the items. */
export const settlementTotalsDrawing = defineDrawing('settlementTotals', (_state, totals: SwapTotal[], size) =>
  diverging(
    totals.map((t) => ({
      ref: t.ref,
      label: t.item,
      toTJK: t.toTJK,
      toKGZ: t.toKGZ,
      ...(t.about ? { about: true } : {}),
      ...(t.otherWay ? { note: `in return: ${t.otherWay}` } : {}),
    })),
    size,
    'hectares, total each way',
    'Neither total matches the items Kyrgyzstan listed.',
  ));

export const settlementTotals = /* @__PURE__ */ defineChart(settlementTotalsDrawing, {
  kind: 'settlement-totals',
  data(dataset: Dataset): SwapTotal[] {
    const { row } = chartRows(dataset);
    const total = (id: string): SwapTotal => {
      const r = row('settlement', id);
      return {
        ref: `settlement/${id}`,
        item: r.item,
        toTJK: r.hectares_to_tjk ?? null,
        toKGZ: r.hectares_to_kgz ?? null,
        about: r.hectares_qualifier === 'about',
        ...(r.exchange_note ? { otherWay: r.exchange_note } : {}),
      };
    };
    return [total('total-afp'), total('total-24kg')];
  },
  refs: (totals) => [...refsOf(totals), 'settlement/totals-do-not-reconcile'],
  table: (_state, totals) => ({
    caption: 'The totals reported for the 2025 land swaps (hectares)',
    head: ['Reported by', 'To Tajikistan', 'To Kyrgyzstan'],
    rows: totals.map((t) => [
      t.item,
      t.toTJK === null ? (t.otherWay ?? '–') : `${t.about ? 'about ' : ''}${formatValue(t.toTJK)}`,
      t.toKGZ === null ? '–' : `${t.about ? 'about ' : ''}${formatValue(t.toKGZ)}`,
    ]),
  }),
});
