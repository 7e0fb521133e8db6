/** The compare chart: the dead and the evacuated of 2021 and of 2022, side by side, on one scale per metric. */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import type { ChartMark } from '../marks.ts';
import { grid } from '../primitives/layout.ts';
import { pairPanel } from '../primitives/pair-panel.ts';
import { sideName } from '../primitives/sides.ts';
import { chartRows, refsOf } from '../rows.ts';
import { barValue, defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

/** What a block of panels counts: the people killed, or evacuated. */
export type CompareMetric = 'killed' | 'evacuated';

const METRICS: CompareMetric[] = ['killed', 'evacuated'];
/** Each metric's key, which its panels' mark keys start with ("Killed-2021-title"): ids, the same in every locale. */
const METRIC_KEY: Record<CompareMetric, string> = { killed: 'Killed', evacuated: 'Evacuated' };

/** One metric of one year, on each side. */
export interface ComparePair {
  metric: CompareMetric;
  year: 2021 | 2022;
  KGZ: Figure;
  TJK: Figure;
}

/** A panel's title: the metric and the year ("Killed, 2021"). */
const title = (fmt: Formats, c: ComparePair) => fmt.t('chart.compare.panel', { metric: fmt.t(`chart.metric.${c.metric}`), year: String(c.year) });

function draw(pairs: ComparePair[], size: Size, fmt: Formats): ChartMark[] {
  return grid(METRICS, size, 1, 220, (metric, box) => {
    const rows = pairs.filter((c) => c.metric === metric);
    const max = Math.max(...rows.flatMap((r) => [barValue(r.KGZ), barValue(r.TJK)])) * 1.02;
    const half = (box.h - 4) / 2;
    return rows.flatMap((r, i) =>
      pairPanel(`${METRIC_KEY[metric]}-${r.year}`, title(fmt, r), r, { x: box.x, y: box.y + i * half, w: box.w, h: half }, fmt, max),
    );
  });
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const compareDrawing = defineDrawing('compare', (_state, pairs: ComparePair[], size, fmt) => draw(pairs, size, fmt));

export const compare = /* @__PURE__ */ defineChart(compareDrawing, {
  kind: 'compare',
  data(dataset: Dataset): ComparePair[] {
    const { cas, imp } = chartRows(dataset);
    return [
      { metric: 'killed', year: 2021, KGZ: cas('april-2021-kg-killed-final'), TJK: cas('april-2021-tj-killed-final') },
      { metric: 'killed', year: 2022, KGZ: cas('sept-2022-kg-killed-final'), TJK: cas('sept-2022-tj-killed-final') },
      { metric: 'evacuated', year: 2021, KGZ: imp('april-2021-kg-evacuated'), TJK: imp('april-2021-tj-evacuated') },
      { metric: 'evacuated', year: 2022, KGZ: imp('sept-2022-kg-evacuated-total'), TJK: imp('sept-2022-tj-evacuated') },
    ];
  },
  refs: (pairs) => [...new Set(refsOf(pairs.flatMap((c) => [c.KGZ, c.TJK])))],
  table: (_state, pairs, fmt) => ({
    caption: fmt.t('chart.compare.table.caption'),
    head: ['', sideName(fmt, 'KGZ'), sideName(fmt, 'TJK')],
    rows: pairs.map((c) => [title(fmt, c), fmt.figure(c.KGZ), fmt.figure(c.TJK)]),
  }),
});
