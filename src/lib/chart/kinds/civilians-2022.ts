/**
 * The civilians-2022 chart: the civilians killed and injured in September 2022 on both sides, as
 * Human Rights Watch documented them and as it estimated them.
 */
import type { Dataset } from '../../data/tables.ts';
import { barValue, formatFigure } from '../format-figure.ts';
import type { ChartMark } from '../marks.ts';
import { grid } from '../primitives/layout.ts';
import { linear } from '../primitives/linear.ts';
import { rect, text } from '../primitives/shapes.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

/** The civilians killed and injured, documented and estimated. */
export interface CivilianCounts {
  documented: { killed: Figure; injured: Figure };
  estimate: { killed: Figure; injured: Figure };
}

function draw(counts: CivilianCounts, size: Size): ChartMark[] {
  const { documented, estimate } = counts;
  const max = Math.max(barValue(estimate.injured), barValue(estimate.killed)) * 1.02;
  const panels = [
    { key: 'killed', title: 'Civilians killed', a: documented.killed, b: estimate.killed },
    { key: 'injured', title: 'Civilians injured', a: documented.injured, b: estimate.injured },
  ];
  return grid(panels, size, 1, 110, (p, box) => {
    const marks: ChartMark[] = [];
    const labelW = 96;
    const x = linear([0, max], [box.x + labelW, box.x + box.w - 70]);
    marks.push(text(`${p.key}-title`, 'chart__panel-title', box.x, box.y + 14, p.title));
    ([['documented', 'Documented', p.a], ['estimate', 'Estimate', p.b]] as const).forEach(([k, name, f], i) => {
      const y = box.y + 28 + i * 28;
      marks.push(text(`${p.key}-${k}-name`, 'chart__label', box.x, y + 13, name));
      const w = x(barValue(f)) - x(0);
      marks.push(rect(`${p.key}-${k}-bar`, `chart__bar chart__bar--both${k === 'estimate' ? ' is-estimate' : ''}`, x(0), y, w, 18));
      marks.push(text(`${p.key}-${k}-value`, 'chart__value', x(0) + w + 6, y + 13, formatFigure(f)));
    });
    return marks;
  });
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const civilians2022Drawing = defineDrawing('civilians2022', (_state, counts: CivilianCounts, size) => draw(counts, size));

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
  table: (_state, c) => ({
    caption: 'Civilians killed and injured in September 2022, both sides (Human Rights Watch)',
    head: ['', 'Killed', 'Injured'],
    rows: [
      ['Documented by HRW', formatFigure(c.documented.killed), formatFigure(c.documented.injured)],
      ['HRW estimate', formatFigure(c.estimate.killed), formatFigure(c.estimate.injured)],
    ],
  }),
});
