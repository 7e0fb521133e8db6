/** The compare chart: the dead and the evacuated of 2021 and of 2022, side by side, on one scale per metric. */
import type { Dataset } from '../../data/tables.ts';
import { barValue, formatFigure } from '../format-figure.ts';
import type { ChartMark } from '../marks.ts';
import { grid } from '../primitives/layout.ts';
import { pairPanel } from '../primitives/pair-panel.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

/** One metric of one year, on each side. */
export interface ComparePair {
  metric: string;
  year: 2021 | 2022;
  KGZ: Figure;
  TJK: Figure;
}

function draw(pairs: ComparePair[], size: Size): ChartMark[] {
  const metrics = ['Killed', 'Evacuated'];
  return grid(metrics, size, 1, 220, (metric, box) => {
    const rows = pairs.filter((c) => c.metric === metric);
    const max = Math.max(...rows.flatMap((r) => [barValue(r.KGZ), barValue(r.TJK)])) * 1.02;
    const half = (box.h - 4) / 2;
    return rows.flatMap((r, i) =>
      pairPanel(`${metric}-${r.year}`, `${metric}, ${r.year}`, r, { x: box.x, y: box.y + i * half, w: box.w, h: half }, max),
    );
  });
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const compareDrawing = defineDrawing('compare', (_state, pairs: ComparePair[], size) => draw(pairs, size));

export const compare = /* @__PURE__ */ defineChart(compareDrawing, {
  kind: 'compare',
  data(dataset: Dataset): ComparePair[] {
    const { cas, imp } = chartRows(dataset);
    return [
      { metric: 'Killed', year: 2021, KGZ: cas('april-2021-kg-killed-final'), TJK: cas('april-2021-tj-killed-final') },
      { metric: 'Killed', year: 2022, KGZ: cas('sept-2022-kg-killed-final'), TJK: cas('sept-2022-tj-killed-final') },
      { metric: 'Evacuated', year: 2021, KGZ: imp('april-2021-kg-evacuated'), TJK: imp('april-2021-tj-evacuated') },
      { metric: 'Evacuated', year: 2022, KGZ: imp('sept-2022-kg-evacuated-total'), TJK: imp('sept-2022-tj-evacuated') },
    ];
  },
  refs: (pairs) => [...new Set(refsOf(pairs.flatMap((c) => [c.KGZ, c.TJK])))],
  table: (_state, pairs) => ({
    caption: '2021 and 2022 side by side',
    head: ['', 'Kyrgyzstan', 'Tajikistan'],
    rows: pairs.map((c) => [`${c.metric}, ${c.year}`, formatFigure(c.KGZ), formatFigure(c.TJK)]),
  }),
});
