/** The settlement chart: the 2025 land swaps, item by item, as Kyrgyzstan described them, as diverging bars. */
import type { Dataset } from '../../data/tables.ts';
import { formatValue } from '../format-figure.ts';
import { diverging } from '../primitives/diverging.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing } from '../types.ts';

export interface SwapItem {
  ref: string;
  item: string;
  toTJK: number | null;
  toKGZ: number | null;
  /** a short qualifier under the item ("Dostuk's 91 ha included") */
  note?: string;
}

/** The land swaps, item by item, as Kyrgyzstan described them. */
export const settlementDrawing = defineDrawing('settlement', (_state, items: SwapItem[], size) =>
  diverging(
    items.map((s) => ({ ref: s.ref, label: s.item, ...(s.note ? { note: s.note } : {}), toTJK: s.toTJK, toKGZ: s.toKGZ })),
    size,
    'hectares, as Kyrgyzstan described them',
  ));

export const settlement = /* @__PURE__ */ defineChart(settlementDrawing, {
  kind: 'settlement',
  data(dataset: Dataset): SwapItem[] {
    const { row } = chartRows(dataset);
    // Each hectare once: Dostuk's village land is inside the Batken-district swap, so Dostuk's own bar
    // is only the land Kyrgyzstan received for its new houses.
    const swap = (id: string, item: string, only?: 'toKGZ', note?: string): SwapItem => {
      const r = row('settlement', id);
      return {
        ref: `settlement/${id}`,
        item,
        toTJK: only ? null : (r.hectares_to_tjk ?? null),
        toKGZ: r.hectares_to_kgz ?? null,
        ...(note ? { note } : {}),
      };
    };
    return [
      swap('batken-district-swap', 'Batken district villages', undefined, "Dostuk's 91 ha included"),
      swap('dostuk-to-tajikistan', 'Land for Dostuk’s new houses', 'toKGZ'),
      swap('leilek-district-swap', 'Leilek district and Kayragach', undefined, 'includes 65 ha at Kara-Bak, Batken district'),
      swap('golovnoi-split', 'For half of Golovnoi, land elsewhere'),
      swap('roads', 'For roads, land at Lakkon'),
    ];
  },
  refs: (items) => refsOf(items),
  table: (_state, items) => ({
    caption: 'The 2025 land swaps as Kyrgyzstan described them (hectares)',
    head: ['Item', 'To Tajikistan', 'To Kyrgyzstan'],
    rows: items.map((s) => [
      s.note ? `${s.item} (${s.note})` : s.item,
      s.toTJK === null ? '–' : formatValue(s.toTJK),
      s.toKGZ === null ? '–' : formatValue(s.toKGZ),
    ]),
  }),
});
