/** The settlement chart: the 2025 land swaps, item by item, as Kyrgyzstan described them, as diverging bars. */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import { diverging } from '../primitives/diverging.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing } from '../types.ts';

/** The swaps the chart shows, by their settlement row's id; each is named by its chart.settlement.item.* message. */
export type SwapId = 'batken-district-swap' | 'dostuk-to-tajikistan' | 'leilek-district-swap' | 'golovnoi-split' | 'roads';
/** The swaps that carry a short qualifier under their name (their chart.settlement.note.* message). */
type NotedSwap = 'batken-district-swap' | 'leilek-district-swap';
const NOTED: readonly SwapId[] = ['batken-district-swap', 'leilek-district-swap'] satisfies NotedSwap[];

export interface SwapItem {
  ref: string;
  item: SwapId;
  toTJK: number | null;
  toKGZ: number | null;
}

/** A swap's name, and the short qualifier under it ("Dostuk's 91 ha included"), in the reader's locale. */
const nameOf = (fmt: Formats, s: SwapItem) => fmt.t(`chart.settlement.item.${s.item}`);
const noteOf = (fmt: Formats, s: SwapItem) => (NOTED.includes(s.item) ? fmt.t(`chart.settlement.note.${s.item as NotedSwap}`) : undefined);

/** The land swaps, item by item, as Kyrgyzstan described them. */
export const settlementDrawing = defineDrawing('settlement', (_state, items: SwapItem[], size, fmt) =>
  diverging(
    items.map((s) => {
      const note = noteOf(fmt, s);
      return { ref: s.ref, label: nameOf(fmt, s), ...(note ? { note } : {}), toTJK: s.toTJK, toKGZ: s.toKGZ };
    }),
    size,
    fmt,
    fmt.t('chart.settlement.unit'),
  ));

export const settlement = /* @__PURE__ */ defineChart(settlementDrawing, {
  kind: 'settlement',
  data(dataset: Dataset): SwapItem[] {
    const { row } = chartRows(dataset);
    // Each hectare once: Dostuk's village land is inside the Batken-district swap, so Dostuk's own bar
    // is only the land Kyrgyzstan received for its new houses.
    const swap = (id: SwapId, only?: 'toKGZ'): SwapItem => {
      const r = row('settlement', id);
      return {
        ref: `settlement/${id}`,
        item: id,
        toTJK: only ? null : (r.hectares_to_tjk ?? null),
        toKGZ: r.hectares_to_kgz ?? null,
      };
    };
    return [swap('batken-district-swap'), swap('dostuk-to-tajikistan', 'toKGZ'), swap('leilek-district-swap'), swap('golovnoi-split'), swap('roads')];
  },
  refs: (items) => refsOf(items),
  table: (_state, items, fmt) => ({
    caption: fmt.t('chart.settlement.table.caption'),
    head: [fmt.t('chart.settlement.table.item'), fmt.t('chart.settlement.table.to_tjk'), fmt.t('chart.settlement.table.to_kgz')],
    rows: items.map((s) => {
      const note = noteOf(fmt, s);
      return [
        note ? fmt.t('chart.table.with_note', { text: nameOf(fmt, s), note }) : nameOf(fmt, s),
        s.toTJK === null ? '–' : fmt.number(s.toTJK),
        s.toKGZ === null ? '–' : fmt.number(s.toKGZ),
      ];
    }),
  }),
});
