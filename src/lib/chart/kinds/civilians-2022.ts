/**
 * The civilians-2022 chart: the civilians killed and injured in September 2022 on both sides, as
 * Human Rights Watch documented them and as it estimated them.
 */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import { textWidth } from '../../i18n/measure.ts';
import type { ChartMark } from '../marks.ts';
import { grid } from '../primitives/layout.ts';
import { linear } from '../primitives/linear.ts';
import { rect, text } from '../primitives/shapes.ts';
import { chartRows, refsOf } from '../rows.ts';
import { barValue, defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

/** The civilians killed and injured, documented and estimated. */
export interface CivilianCounts {
  documented: { killed: Figure; injured: Figure };
  estimate: { killed: Figure; injured: Figure };
}

function draw(counts: CivilianCounts, size: Size, fmt: Formats): ChartMark[] {
  const { documented, estimate } = counts;
  const max = Math.max(barValue(estimate.injured), barValue(estimate.killed)) * 1.02;
  const panels = [
    { key: 'killed', title: fmt.t('chart.civilians_2022.killed'), a: documented.killed, b: estimate.killed },
    { key: 'injured', title: fmt.t('chart.civilians_2022.injured'), a: documented.injured, b: estimate.injured },
  ];
  const names = { documented: fmt.t('chart.civilians_2022.documented'), estimate: fmt.t('chart.civilians_2022.estimate') };
  // the bars start 96 px in, or past the longer name where a locale's is longer
  const labelW = Math.max(96, ...Object.values(names).map((n) => textWidth(n, 'chartLabel') + 10));
  return grid(panels, size, 1, 110, (p, box) => {
    const marks: ChartMark[] = [];
    const x = linear([0, max], [box.x + labelW, box.x + box.w - 70]);
    marks.push(text(`${p.key}-title`, 'chart__panel-title', box.x, box.y + 14, p.title));
    ([['documented', p.a], ['estimate', p.b]] as const).forEach(([k, f], i) => {
      const y = box.y + 28 + i * 28;
      marks.push(text(`${p.key}-${k}-name`, 'chart__label', box.x, y + 13, names[k]));
      const w = x(barValue(f)) - x(0);
      marks.push(rect(`${p.key}-${k}-bar`, `chart__bar chart__bar--both${k === 'estimate' ? ' is-estimate' : ''}`, x(0), y, w, 18));
      marks.push(text(`${p.key}-${k}-value`, 'chart__value', x(0) + w + 6, y + 13, fmt.figure(f)));
    });
    return marks;
  });
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const civilians2022Drawing = defineDrawing('civilians2022', (_state, counts: CivilianCounts, size, fmt) => draw(counts, size, fmt));

export const civilians2022 = /* @__PURE__ */ defineChart(civilians2022Drawing, {
  kind: 'civilians-2022',
  data(dataset: Dataset): CivilianCounts {
    const { cas } = chartRows(dataset);
    return {
      documented: { killed: cas('sept-2022-hrw-civilians-killed'), injured: cas('sept-2022-hrw-civilians-injured') },
      estimate: { killed: cas('sept-2022-hrw-civilians-killed-estimate'), injured: cas('sept-2022-hrw-civilians-injured-estimate') },
    };
  },
  refs: (c) => refsOf([c.documented.killed, c.documented.injured, c.estimate.killed, c.estimate.injured]),
  table: (_state, c, fmt) => ({
    caption: fmt.t('chart.civilians_2022.table.caption'),
    head: ['', fmt.t('chart.civilians_2022.table.killed'), fmt.t('chart.civilians_2022.table.injured')],
    rows: [
      [fmt.t('chart.civilians_2022.table.documented'), fmt.figure(c.documented.killed), fmt.figure(c.documented.injured)],
      [fmt.t('chart.civilians_2022.table.estimate'), fmt.figure(c.estimate.killed), fmt.figure(c.estimate.injured)],
    ],
  }),
});
