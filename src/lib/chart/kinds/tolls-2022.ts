/**
 * The tolls-2022 chart: the running death tolls of September 2022, one line per government, as
 * each reported them.
 */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import type { ChartState } from '../../state/schema.ts';
import { px, type ChartMark } from '../marks.ts';
import { isWide } from '../primitives/layout.ts';
import { linear } from '../primitives/linear.ts';
import { circle, line, text } from '../primitives/shapes.ts';
import { sideClass, sideName } from '../primitives/sides.ts';
import { mid, untilMs } from '../primitives/time.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Size } from '../types.ts';

export interface TollPoint {
  ref: string;
  side: 'KGZ' | 'TJK';
  t: number;
  date: string;
  /** the row's own words for when it was reported, in the reader's locale */
  label?: string;
  value: number;
  final: boolean;
  /** a figure that counts something else (only civilians) and is not on the line: what it counts */
  partial?: 'civilians';
}

/** A figure with what it counts where that is not everyone ("25 (civilians only)"). */
const withPartial = (fmt: Formats, p: TollPoint, text: string) => (p.partial ? fmt.t('chart.tolls_2022.partial', { value: text, what: fmt.t(`chart.tolls_2022.counts.${p.partial}`) }) : text);

/**
 * The running tolls of September 2022, one line per government, by date of report. Figures
 * reported the same day are spread across that day in the order they came, so 36, 46 and 59 on
 * 18 September do not sit on top of one another.
 */
function draw(tolls: TollPoint[], state: ChartState, size: Size, fmt: Formats): ChartMark[] {
  const marks: ChartMark[] = [];
  const left = 30;
  const right = size.width - (isWide(size) ? 130 : 74);
  const top = 40;
  const bottom = size.height - 34;
  marks.push(text('axis-note', 'chart__note', 0, 12, fmt.t('chart.tolls_2022.note')));
  const day = 86_400_000;
  const start = Date.UTC(2022, 8, 16);
  const end = Date.UTC(2022, 8, 29);
  const x = linear([start, end], [left, right]);
  const y = linear([0, 70], [bottom, top]);
  for (const v of [0, 20, 40, 60]) {
    marks.push(line(`grid-${v}`, 'chart__grid', left, y(v), right, y(v)));
    marks.push(text(`ytick-${v}`, 'chart__tick', left - 6, y(v) + 4, fmt.number(v), 'end'));
  }
  const days = isWide(size) ? [16, 18, 20, 22, 24, 26, 28] : [16, 20, 24, 28];
  const month = fmt.monthShort(9);
  for (const d of days) marks.push(text(`day-${d}`, 'chart__tick', x(Date.UTC(2022, 8, d, 12)), bottom + 18, fmt.t('date.day_month', { day: String(d), month }), 'middle'));
  const limit = untilMs(state.until);
  const points = tolls.filter((p) => p.t <= limit);
  const at = new Map<(typeof points)[number], number>();
  for (const p of points) {
    const dayStart = Math.floor(p.t / day) * day;
    const same = points.filter((q) => q.side === p.side && Math.floor(q.t / day) * day === dayStart);
    const k = same.indexOf(p);
    at.set(p, x(dayStart + ((k + 1) / (same.length + 1)) * day));
  }
  for (const side of ['KGZ', 'TJK'] as const) {
    const onLine = points.filter((p) => p.side === side && !p.partial);
    if (onLine.length > 1) {
      const d = onLine.map((p, i) => `${i ? 'L' : 'M'}${px(at.get(p)!)},${px(y(p.value))}`).join('');
      marks.push({ type: 'path', key: `line-${side}`, class: `chart__toll chart__toll--${sideClass(side)}`, d });
    }
    for (const p of points.filter((q) => q.side === side)) {
      marks.push(circle(`point-${p.ref}`, `chart__point chart__point--${sideClass(side)}${p.partial ? ' is-partial' : ''}`, at.get(p)!, y(p.value), 4.5));
      // the partial figure's note sits below the Tajik line, clear of the Kyrgyz points above it
      if (p.partial) marks.push(text(`note-${p.ref}`, 'chart__note', at.get(p)! + 8, y(p.value) + 16, fmt.t('chart.tolls_2022.partial_note', { n: p.value, what: fmt.t(`chart.tolls_2022.counts.${p.partial}`) })));
    }
    const last = onLine.at(-1);
    if (last) {
      marks.push(text(`end-${side}`, `chart__label chart__side--${sideClass(side)}`, at.get(last)! + 8, y(last.value) + 4, fmt.t('chart.tolls_2022.line_end', { side: sideName(fmt, side), n: last.value })));
    }
  }
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const tolls2022Drawing = defineDrawing('tolls2022', (state, tolls: TollPoint[], size, fmt) => draw(tolls, state, size, fmt));

export const tolls2022 = /* @__PURE__ */ defineChart(tolls2022Drawing, {
  kind: 'tolls-2022',
  data(dataset: Dataset): TollPoint[] {
    const { row } = chartRows(dataset);
    // The running official tolls of September 2022, as each government reported them.
    const toll = (id: string, extra: Partial<TollPoint> = {}): TollPoint => {
      const r = row('casualties', id);
      return {
        ref: `casualties/${r.id}`,
        side: r.side as 'KGZ' | 'TJK',
        t: mid(r.as_of!),
        date: r.as_of!,
        value: r.value!,
        final: r.final,
        ...(r.as_of_label ? { label: r.as_of_label } : {}),
        ...extra,
      };
    };
    return [
      toll('sept-2022-kg-killed-16'),
      toll('sept-2022-kg-killed-17'),
      toll('sept-2022-kg-killed-18-morning'),
      toll('sept-2022-kg-killed-18'),
      toll('sept-2022-kg-killed-59'),
      toll('sept-2022-kg-killed-24'),
      toll('sept-2022-kg-killed-final'),
      toll('sept-2022-tj-civilians-killed-17', { partial: 'civilians' }),
      toll('sept-2022-tj-killed-18'),
      toll('sept-2022-tj-killed-final'),
    ];
  },
  refs: (tolls) => refsOf(tolls),
  table: (_state, tolls, fmt) => ({
    caption: fmt.t('chart.tolls_2022.table.caption'),
    head: [fmt.t('chart.tolls_2022.table.reported'), fmt.t('chart.tolls_2022.table.government'), fmt.t('chart.tolls_2022.table.killed')],
    rows: tolls.map((p) => {
      const value = withPartial(fmt, p, fmt.number(p.value));
      return [p.label ?? fmt.date(p.date), sideName(fmt, p.side), p.final ? fmt.t('chart.tolls_2022.final', { value }) : value];
    }),
  }),
});
