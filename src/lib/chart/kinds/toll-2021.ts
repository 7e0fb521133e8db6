/** The toll-2021 chart: the toll of April–May 2021 on each side, one panel of two bars per metric. */
import type { Dataset } from '../../data/tables.ts';
import { formatFigure } from '../format-figure.ts';
import { grid, isWide } from '../primitives/layout.ts';
import { pairPanel } from '../primitives/pair-panel.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure } from '../types.ts';

export interface SidePair {
  metric: string;
  unit: string;
  KGZ: Figure;
  TJK: Figure;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const toll2021Drawing = defineDrawing('toll2021', (_state, pairs: SidePair[], size) => grid(pairs, size, isWide(size) ? 2 : 1, 110, (p: SidePair, box) => pairPanel(`p-${p.metric}`, p.metric, p, box)));

export const toll2021 = /* @__PURE__ */ defineChart(toll2021Drawing, {
  kind: 'toll-2021',
  data(dataset: Dataset): SidePair[] {
    const { cas, imp } = chartRows(dataset);
    return [
      { metric: 'Killed', unit: 'people', KGZ: cas('april-2021-kg-killed-final'), TJK: cas('april-2021-tj-killed-final') },
      { metric: 'Injured', unit: 'people', KGZ: cas('april-2021-kg-injured-ifrc'), TJK: cas('april-2021-tj-injured') },
      { metric: 'Evacuated', unit: 'people', KGZ: imp('april-2021-kg-evacuated'), TJK: imp('april-2021-tj-evacuated') },
      { metric: 'Houses damaged or destroyed', unit: 'houses', KGZ: imp('april-2021-kg-houses-later'), TJK: imp('april-2021-tj-houses') },
    ];
  },
  refs: (pairs) => refsOf(pairs.flatMap((p) => [p.KGZ, p.TJK])),
  table: (_state, pairs) => ({
    caption: 'April–May 2021: the toll on each side, as officially reported',
    head: ['', 'Kyrgyzstan', 'Tajikistan'],
    rows: pairs.map((p) => [p.metric, formatFigure(p.KGZ), formatFigure(p.TJK)]),
  }),
});
