/** The toll-2021 chart: the toll of April–May 2021 on each side, one panel of two bars per metric. */
import type { Dataset } from '../../data/tables.ts';
import { grid, isWide } from '../primitives/layout.ts';
import { pairPanel } from '../primitives/pair-panel.ts';
import { sideName } from '../primitives/sides.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure } from '../types.ts';

/** What a panel counts: the people killed, injured or evacuated, or the houses damaged or destroyed. */
export type TollMetric = 'killed' | 'injured' | 'evacuated' | 'houses';

/**
 * Each metric's panel key: its marks' keys start with it, and the story's steps name it to
 * highlight the panel ("p-Evacuated"). Ids, the same in every locale, not the panel's title
 * (which is the chart.metric.* message).
 */
const PANEL_KEY: Record<TollMetric, string> = { killed: 'p-Killed', injured: 'p-Injured', evacuated: 'p-Evacuated', houses: 'p-Houses damaged or destroyed' };

export interface SidePair {
  metric: TollMetric;
  KGZ: Figure;
  TJK: Figure;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const toll2021Drawing = defineDrawing('toll2021', (_state, pairs: SidePair[], size, fmt) =>
  grid(pairs, size, isWide(size) ? 2 : 1, 110, (p: SidePair, box) => pairPanel(PANEL_KEY[p.metric], fmt.t(`chart.metric.${p.metric}`), p, box, fmt)),
);

export const toll2021 = /* @__PURE__ */ defineChart(toll2021Drawing, {
  kind: 'toll-2021',
  data(dataset: Dataset): SidePair[] {
    const { cas, imp } = chartRows(dataset);
    return [
      { metric: 'killed', KGZ: cas('april-2021-kg-killed-final'), TJK: cas('april-2021-tj-killed-final') },
      { metric: 'injured', KGZ: cas('april-2021-kg-injured-ifrc'), TJK: cas('april-2021-tj-injured') },
      { metric: 'evacuated', KGZ: imp('april-2021-kg-evacuated'), TJK: imp('april-2021-tj-evacuated') },
      { metric: 'houses', KGZ: imp('april-2021-kg-houses-later'), TJK: imp('april-2021-tj-houses') },
    ];
  },
  refs: (pairs) => refsOf(pairs.flatMap((p) => [p.KGZ, p.TJK])),
  table: (_state, pairs, fmt) => ({
    caption: fmt.t('chart.toll_2021.table.caption'),
    head: ['', sideName(fmt, 'KGZ'), sideName(fmt, 'TJK')],
    rows: pairs.map((p) => [fmt.t(`chart.metric.${p.metric}`), fmt.figure(p.KGZ), fmt.figure(p.TJK)]),
  }),
});
