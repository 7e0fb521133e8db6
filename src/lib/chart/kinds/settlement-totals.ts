/**
 * The settlement-totals chart: the two totals reported for the 2025 land swaps, as diverging
 * bars; they agree neither with each other nor with the items Kyrgyzstan listed.
 */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import { diverging } from '../primitives/diverging.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing } from '../types.ts';

/** A reported total of the 2025 swaps, each way. */
export interface SwapTotal {
  ref: string;
  /** who reported it (the row's item), in the reader's locale */
  item: string;
  toTJK: number | null;
  toKGZ: number | null;
  about: boolean;
  /** what the other way was said to be, where only one way has a figure (the row's exchange note) */
  otherWay?: string;
}

/** A total as a table cell: "about 2,500". */
const hectares = (fmt: Formats, t: SwapTotal, n: number) => (t.about ? fmt.figure({ value: n, qualifier: 'about' }) : fmt.number(n));

/** The two totals reported for the swaps, which agree neither with each other nor with the items. */
export const settlementTotalsDrawing = defineDrawing('settlementTotals', (_state, totals: SwapTotal[], size, fmt) =>
  diverging(
    totals.map((t) => ({
      ref: t.ref,
      label: t.item,
      toTJK: t.toTJK,
      toKGZ: t.toKGZ,
      ...(t.about ? { about: true } : {}),
      ...(t.otherWay ? { note: fmt.t('chart.settlement_totals.in_return', { what: t.otherWay }) } : {}),
    })),
    size,
    fmt,
    fmt.t('chart.settlement_totals.unit'),
    fmt.t('chart.settlement_totals.foot'),
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
  table: (_state, totals, fmt) => ({
    caption: fmt.t('chart.settlement_totals.table.caption'),
    head: [fmt.t('chart.settlement_totals.table.reported_by'), fmt.t('chart.settlement.table.to_tjk'), fmt.t('chart.settlement.table.to_kgz')],
    rows: totals.map((t) => [
      t.item,
      t.toTJK === null ? (t.otherWay ?? '–') : hectares(fmt, t, t.toTJK),
      t.toKGZ === null ? '–' : hectares(fmt, t, t.toKGZ),
    ]),
  }),
});
