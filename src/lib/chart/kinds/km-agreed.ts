/**
 * The km-agreed chart: how much of the border officials (and the press) said was agreed, over
 * time: the official milestones joined as a series, the other claims as points, each labelled
 * where it covers nothing else.
 */
import type { Dataset } from '../../data/tables.ts';
import { overlaps, segmentHitsBox, type Box, type Segment } from '../../geometry/boxes.ts';
import type { Formats } from '../../i18n/format.ts';
import { textWidth } from '../../i18n/measure.ts';
import type { ChartState } from '../../state/schema.ts';
import { px, type ChartMark } from '../marks.ts';
import { chartKey } from '../primitives/key.ts';
import { isWide } from '../primitives/layout.ts';
import { linear } from '../primitives/linear.ts';
import { circle, line, text } from '../primitives/shapes.ts';
import { mid, untilMs, yearMs } from '../primitives/time.ts';
import { refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

export interface AgreedClaim {
  ref: string;
  /** when the claim was made, UTC ms */
  t: number;
  date: string;
  km?: number;
  ofKm?: number;
  /** share agreed: the percentage the claimant gave, or km ÷ the total the same claimant gave */
  percent: number;
  percentGiven: boolean;
  qualifier: Figure['qualifier'];
  series: boolean;
  /** the row's chart label and claimant, in the reader's locale */
  label?: string;
  claimant: string;
}

/** A share as the locale writes it: "54%", «54 %»; `n` a number or a figure already written. */
const percent = (fmt: Formats, n: number | string) => fmt.t('chart.unit.percent', { n });

function draw(claims: AgreedClaim[], state: ChartState, size: Size, fmt: Formats): ChartMark[] {
  const key = chartKey(
    [
      { key: 'series', symbol: 'dot', cls: 'chart__point chart__point--series', label: fmt.t('chart.km_agreed.key.series') },
      { key: 'other', symbol: 'dot', cls: 'chart__point chart__point--other', label: fmt.t('chart.km_agreed.key.other') },
    ],
    0,
    0,
    size.width,
  );
  const marks: ChartMark[] = [...key.marks];
  const left = 40;
  const right = size.width - (isWide(size) ? 150 : 16);
  const top = key.height + 18;
  const bottom = size.height - 30;
  // the first figure dates from 2014: the axis starts just before it
  const x = linear([yearMs(2013, 6), yearMs(2025, 6)], [left, right]);
  const y = linear([0, 100], [bottom, top]);
  for (const v of [0, 25, 50, 75, 100]) {
    marks.push(line(`grid-${v}`, v === 50 ? 'chart__grid chart__grid--half' : 'chart__grid', left, y(v), right, y(v)));
    marks.push(text(`ytick-${v}`, 'chart__tick', left - 6, y(v) + 4, percent(fmt, v), 'end'));
  }
  marks.push(text('half', 'chart__note', left + 4, y(50) + 14, fmt.t('chart.km_agreed.half')));
  const years = isWide(size) ? [2014, 2016, 2018, 2020, 2022, 2024] : [2014, 2017, 2020, 2023];
  for (const year of years) {
    marks.push(line(`xtick-line-${year}`, 'chart__axis', x(yearMs(year)), bottom, x(yearMs(year)), bottom + 4));
    marks.push(text(`xtick-${year}`, 'chart__tick', x(yearMs(year)), bottom + 18, String(year), 'middle'));
  }
  const limit = untilMs(state.until);
  const shown = claims.filter((c) => c.t <= limit);
  const series = shown.filter((c) => c.series);
  if (series.length > 1) {
    const d = series.map((c, i) => `${i ? 'L' : 'M'}${px(x(c.t))},${px(y(c.percent))}`).join('');
    marks.push({ type: 'path', key: 'series', class: 'chart__series', d });
  }
  // the other claims first, so the series is drawn over them where they meet
  for (const c of [...shown.filter((c) => !c.series), ...series]) {
    marks.push(circle(`point-${c.ref}`, c.series ? 'chart__point chart__point--series' : 'chart__point chart__point--other', x(c.t), y(c.percent), c.series ? 5 : 4));
  }
  // label the series points (and any other claim the step is about): the last with its source
  // (where there is room), the others with their value only; points at the same value (the 100 %
  // of 2024–25) share one label. Each label takes the first spot around its point that covers no
  // point, label, stretch of the series line or the frame's edge.
  const taken: Box[] = shown.map((c) => ({ x0: x(c.t) - 6, y0: y(c.percent) - 6, x1: x(c.t) + 6, y1: y(c.percent) + 6 }));
  const segments: Segment[] = series.slice(1).map((c, i) => [x(series[i]!.t), y(series[i]!.percent), x(c.t), y(c.percent)]);
  const edge: Box = { x0: left - 30, y0: top - 8, x1: size.width, y1: bottom + 2 };
  const free = (b: Box) =>
    b.x0 >= edge.x0 && b.x1 <= edge.x1 && b.y0 >= edge.y0 && b.y1 <= edge.y1 && !taken.some((t) => overlaps(t, b)) && !segments.some((sg) => segmentHitsBox(sg, b));
  const highlighted = new Set(state.highlight ?? []);
  const labelled = shown.filter((c) => (c.series ? series[series.indexOf(c) + 1]?.percent !== c.percent : highlighted.has(c.ref)));
  for (const c of labelled) {
    const last = c === series.at(-1);
    const value = c.series
      ? percent(fmt, c.qualifier === 'about' ? fmt.figure({ value: c.percent, qualifier: 'about' }, { short: true }) : c.percent)
      : c.km !== undefined && c.ofKm !== undefined
        ? fmt.t('chart.km_agreed.share_of', { share: percent(fmt, c.percent), km: c.km, of: c.ofKm })
        : percent(fmt, c.percent);
    const px0 = x(c.t);
    const py0 = y(c.percent);
    const w = textWidth(value, 'chartValue');
    const boxOf = (sx: number, sy: number, anchor: 'start' | 'middle' | 'end', width = w, lines = 1): Box => {
      const x0 = anchor === 'start' ? sx : anchor === 'end' ? sx - width : sx - width / 2;
      return { x0, y0: sy - 11, x1: x0 + width, y1: sy + 2 + (lines - 1) * 14 };
    };
    if (last && isWide(size) && c.label) {
      // the latest figure, with who gave it, beside its point (or just above or below it)
      const width = Math.max(w, textWidth(c.label, 'chartLabel'));
      const spot = [py0 + 4, py0 - 14, py0 + 22].find((sy) => free(boxOf(px0 + 10, sy, 'start', width, 2))) ?? py0 + 4;
      taken.push(boxOf(px0 + 10, spot, 'start', width, 2));
      marks.push(text(`value-${c.ref}`, 'chart__value', px0 + 10, spot, value));
      marks.push(text(`label-${c.ref}`, 'chart__label chart__label--small', px0 + 10, spot + 14, c.label));
      continue;
    }
    const spots: [number, number, 'start' | 'middle' | 'end'][] = [
      [px0, py0 - 10, 'middle'],
      [px0 - 9, py0 + 4, 'end'],
      [px0 + 9, py0 + 4, 'start'],
      [px0, py0 + 20, 'middle'],
      [px0 - 8, py0 - 9, 'end'],
      [px0 + 8, py0 - 9, 'start'],
      [px0 - 8, py0 + 18, 'end'],
      [px0 + 8, py0 + 18, 'start'],
      [px0, py0 - 24, 'middle'],
      [px0, py0 + 34, 'middle'],
    ];
    const spot = spots.find(([sx, sy, a]) => free(boxOf(sx, sy, a))) ?? spots[1]!;
    taken.push(boxOf(...spot));
    marks.push(text(`value-${c.ref}`, 'chart__value', spot[0], spot[1], value, spot[2]));
  }
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const kmAgreedDrawing = defineDrawing('kmAgreed', (state, claims: AgreedClaim[], size, fmt) => draw(claims, state, size, fmt));

export const kmAgreed = /* @__PURE__ */ defineChart(kmAgreedDrawing, {
  kind: 'km-agreed',
  data(dataset: Dataset): AgreedClaim[] {
    return dataset.delimitation
      .filter((d) => d.kind === 'agreed' && (d.percent !== undefined || (d.km !== undefined && d.of_km !== undefined)))
      .map((d) => {
        const percentGiven = d.percent !== undefined;
        const percent = percentGiven ? d.percent! : Math.round((d.km! / d.of_km!) * 1000) / 10;
        return {
          ref: `delimitation/${d.id}`,
          t: mid(d.claimed),
          date: d.claimed,
          ...(d.km !== undefined ? { km: d.km } : {}),
          ...(d.of_km !== undefined ? { ofKm: d.of_km } : {}),
          percent,
          percentGiven,
          qualifier: d.qualifier,
          series: d.series,
          ...(d.chart_label ? { label: d.chart_label } : {}),
          claimant: d.claimant,
        };
      })
      .sort((a, b) => a.t - b.t);
  },
  refs: (claims) => refsOf(claims),
  table: (_state, claims, fmt) => ({
    caption: fmt.t('chart.km_agreed.table.caption'),
    head: [fmt.t('chart.km_agreed.table.when'), fmt.t('chart.km_agreed.table.who'), fmt.t('chart.km_agreed.table.agreed'), fmt.t('chart.km_agreed.table.share')],
    rows: claims.map((c) => {
      const share = percent(fmt, fmt.figure({ value: c.percent, qualifier: c.qualifier }));
      return [
        fmt.date(c.date),
        c.claimant,
        c.km === undefined ? '–' : c.ofKm !== undefined ? fmt.t('chart.km_agreed.table.km_of', { km: c.km, of: c.ofKm }) : fmt.t('chart.unit.km_n', { n: c.km }),
        c.percentGiven ? share : fmt.t('chart.km_agreed.table.computed', { share }),
      ];
    }),
  }),
});
