/** The tj-counts-2022 chart: counts of the Tajik dead of September 2022, the last official figure and two higher ones. */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import type { ChartMark } from '../marks.ts';
import { linear } from '../primitives/linear.ts';
import { rect, text } from '../primitives/shapes.ts';
import { chartRows, refsOf } from '../rows.ts';
import { barValue, defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

/** Who made a count: the government, an MP, RFE/RL's Tajik Service (named by chart.tj_counts_2022.who.*). */
export type Counter = 'government' | 'mp' | 'rferl';

/** One count of the dead, with who made it. */
export interface Count {
  ref: string;
  who: Counter;
  figure: Figure;
  official: boolean;
}

/** Who made a count, and when and how (under the name), in the reader's locale. */
const who = (fmt: Formats, c: Count) => ({ label: fmt.t(`chart.tj_counts_2022.who.${c.who}.label`), note: fmt.t(`chart.tj_counts_2022.who.${c.who}.note`) });

/** Counts of the Tajik dead of September 2022: the last official figure, and two higher ones. */
function draw(rows: Count[], size: Size, fmt: Formats): ChartMark[] {
  const marks: ChartMark[] = [];
  const max = Math.max(...rows.map((r) => barValue(r.figure))) * 1.05;
  const valueW = 86;
  const x = linear([0, max], [0, size.width - valueW]);
  marks.push(text('axis-note', 'chart__note', 0, 12, fmt.t('chart.tj_counts_2022.note')));
  const rowH = Math.min(74, (size.height - 30) / rows.length);
  rows.forEach((r, i) => {
    const y0 = 30 + i * rowH;
    const { label, note } = who(fmt, r);
    marks.push(text(`label-${r.ref}`, 'chart__label', 0, y0 + 12, label));
    marks.push(text(`note-${r.ref}`, 'chart__note', 0, y0 + 26, note));
    const w = Math.max(2, x(barValue(r.figure)));
    marks.push(rect(`bar-${r.ref}`, `chart__bar chart__bar--tjk${r.official ? '' : ' is-estimate'}`, 0, y0 + 32, w, 16));
    marks.push(text(`value-${r.ref}`, 'chart__value', w + 6, y0 + 45, fmt.figure(r.figure)));
  });
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const tjCounts2022Drawing = defineDrawing('tjCounts2022', (_state, counts: Count[], size, fmt) => draw(counts, size, fmt));

export const tjCounts2022 = /* @__PURE__ */ defineChart(tjCounts2022Drawing, {
  kind: 'tj-counts-2022',
  data(dataset: Dataset): Count[] {
    const { row, cas } = chartRows(dataset);
    const count = (id: string, by: Counter): Count => {
      const r = row('casualties', id);
      return { ref: `casualties/${id}`, who: by, figure: cas(id), official: r.account === 'official' };
    };
    return [count('sept-2022-tj-killed-final', 'government'), count('sept-2022-tj-killed-mp', 'mp'), count('sept-2022-tj-killed-rferl', 'rferl')];
  },
  refs: (counts) => refsOf(counts),
  table: (_state, counts, fmt) => ({
    caption: fmt.t('chart.tj_counts_2022.table.caption'),
    head: [fmt.t('chart.tj_counts_2022.table.who'), fmt.t('chart.tj_counts_2022.table.killed')],
    rows: counts.map((c) => [fmt.t('chart.table.with_note', { text: who(fmt, c).label, note: who(fmt, c).note }), fmt.figure(c.figure)]),
  }),
});
