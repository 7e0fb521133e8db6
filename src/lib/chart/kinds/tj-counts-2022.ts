/** The tj-counts-2022 chart: counts of the Tajik dead of September 2022, the last official figure and two higher ones. */
import type { Dataset } from '../../data/tables.ts';
import { barValue, formatFigure } from '../format-figure.ts';
import type { ChartMark } from '../marks.ts';
import { linear } from '../primitives/linear.ts';
import { rect, text } from '../primitives/shapes.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

/** One count of the dead, with who made it. */
export interface Count {
  ref: string;
  label: string;
  note: string;
  figure: Figure;
  official: boolean;
}

/** Counts of the Tajik dead of September 2022: the last official figure, and two higher ones. */
function draw(rows: Count[], size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const max = Math.max(...rows.map((r) => barValue(r.figure))) * 1.05;
  const valueW = 86;
  const x = linear([0, max], [0, size.width - valueW]);
  marks.push(text('axis-note', 'chart__note', 0, 12, 'Tajik dead, September 2022, by who counted'));
  const rowH = Math.min(74, (size.height - 30) / rows.length);
  rows.forEach((r, i) => {
    const y0 = 30 + i * rowH;
    marks.push(text(`label-${r.ref}`, 'chart__label', 0, y0 + 12, r.label));
    marks.push(text(`note-${r.ref}`, 'chart__note', 0, y0 + 26, r.note));
    const w = Math.max(2, x(barValue(r.figure)));
    marks.push(rect(`bar-${r.ref}`, `chart__bar chart__bar--tjk${r.official ? '' : ' is-estimate'}`, 0, y0 + 32, w, 16));
    marks.push(text(`value-${r.ref}`, 'chart__value', w + 6, y0 + 45, formatFigure(r.figure)));
  });
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const tjCounts2022Drawing = defineDrawing('tjCounts2022', (_state, counts: Count[], size) => draw(counts, size));

export const tjCounts2022 = /* @__PURE__ */ defineChart(tjCounts2022Drawing, {
  kind: 'tj-counts-2022',
  data(dataset: Dataset): Count[] {
    const { row, cas } = chartRows(dataset);
    const count = (id: string, label: string, note: string): Count => {
      const r = row('casualties', id);
      return { ref: `casualties/${id}`, label, note, figure: cas(id), official: r.account === 'official' };
    };
    return [
      count('sept-2022-tj-killed-final', 'Tajikistan’s government', 'last official figure, 19 September'),
      count('sept-2022-tj-killed-mp', 'Saidjaffar Usmonzoda, MP', 'unofficial, 19 September'),
      count('sept-2022-tj-killed-rferl', 'RFE/RL’s Tajik Service', 'count from relatives and friends, October'),
    ];
  },
  refs: (counts) => refsOf(counts),
  table: (_state, counts) => ({
    caption: 'Counts of the Tajik dead of September 2022',
    head: ['Who counted', 'Killed'],
    rows: counts.map((c) => [`${c.label} (${c.note})`, formatFigure(c.figure)]),
  }),
});
