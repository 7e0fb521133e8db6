/**
 * The incidents chart: the deaths of each episode of fighting, 2014–2022, one bar per episode in
 * date order, each under its month and (where it changes) its year.
 */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import type { ChartMark } from '../marks.ts';
import { linear } from '../primitives/linear.ts';
import { line, rect, text } from '../primitives/shapes.ts';
import { at, mid } from '../primitives/time.ts';
import { chartRows, refsOf } from '../rows.ts';
import { barValue, defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

export interface Incident {
  ref: string;
  t: number;
  /** the episode's date in the timeline (a month at least) */
  date: string;
  killed: Figure;
}

function draw(incidents: Incident[], size: Size, fmt: Formats): ChartMark[] {
  const marks: ChartMark[] = [];
  const left = 8;
  const right = size.width - 8;
  const top = 40;
  const bottom = size.height - 40;
  // one slot per episode, in date order: the gaps between them are in the labels, not the spacing
  const slot = (right - left) / incidents.length;
  const y = linear([0, 110], [bottom, top]);
  marks.push(line('baseline', 'chart__axis', left, bottom, right, bottom));
  const barW = Math.min(28, slot * 0.55);
  let lastYear: number | undefined;
  incidents.forEach((inc) => {
    const v = barValue(inc.killed);
    const cx = left + slot * (incidents.indexOf(inc) + 0.5);
    // a count of none is no bar at all, not a stub that reads as a small number
    const h = v === 0 ? 0 : Math.max(2, bottom - y(v));
    const { year, month } = at(inc.date);
    if (month === undefined) throw new Error(`${inc.ref}: the incidents chart needs the month of ${inc.date}`);
    marks.push(rect(`bar-${inc.ref}`, 'chart__bar chart__bar--both', cx - barW / 2, bottom - h, barW, h));
    marks.push(text(`value-${inc.ref}`, 'chart__value', cx, bottom - h - 6, fmt.figure(inc.killed, { short: true }), 'middle'));
    marks.push(text(`label-${inc.ref}`, 'chart__tick', cx, bottom + 16, fmt.monthShort(month), 'middle'));
    if (year !== lastYear) marks.push(text(`year-${inc.ref}`, 'chart__tick chart__tick--year', cx, bottom + 31, String(year), 'middle'));
    lastYear = year;
  });
  marks.push(text('axis-note', 'chart__note', left, 14, fmt.t('chart.incidents.note_1')));
  marks.push(text('axis-note-2', 'chart__note', left, 28, fmt.t('chart.incidents.note_2')));
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const incidentsDrawing = defineDrawing('incidents', (_state, incidents: Incident[], size, fmt) => draw(incidents, size, fmt));

export const incidents = /* @__PURE__ */ defineChart(incidentsDrawing, {
  kind: 'incidents',
  data(dataset: Dataset): Incident[] {
    const { row, cas } = chartRows(dataset);
    // Deaths per episode, 2014–2022: the combined or per-side final figures, named row by row.
    const episode = (id: string, killedRef: string) => {
      const t = row('timeline', id);
      return { ref: `timeline/${id}`, t: mid(t.date), date: t.date, killed: cas(killedRef) };
    };
    return [
      episode('bypass-road-shootout-2014', 'bypass-road-2014-killed'),
      episode('vorukh-shooting-july-2014', 'july-2014-tj-killed'),
      episode('vorukh-clashes-march-2019', 'march-2019-killed'),
      episode('vorukh-flagpole-july-2019', 'july-2019-tj-killed'),
      { ...episode('ovchi-kalacha-shootout-2019', 'sept-2019-tj-killed'), killed: { ref: 'casualties/sept-2019-tj-killed+casualties/sept-2019-kg-killed', value: cas('sept-2019-tj-killed').value! + cas('sept-2019-kg-killed').value!, qualifier: 'exact' } },
      episode('april-2021-clashes', 'april-2021-combined-killed'),
      episode('tort-kocho-clash-2022', 'january-2022-tj-killed'),
      episode('kekh-exchange-june-2022', 'june-2022-tj-killed'),
      episode('september-2022-clashes', 'sept-2022-combined-killed'),
    ];
  },
  refs: (incidents) => [...refsOf(incidents), ...refsOf(incidents.map((i) => i.killed))],
  table: (_state, incidents, fmt) => ({
    caption: fmt.t('chart.incidents.table.caption'),
    head: [fmt.t('chart.incidents.table.when'), fmt.t('chart.incidents.table.killed')],
    rows: incidents.map((i) => [fmt.date(i.date), fmt.figure(i.killed)]),
  }),
});
