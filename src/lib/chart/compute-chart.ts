/**
 * computeChart(state, data, size) → ChartFrame: the marks of one chart at one size. Pure, like
 * computeMap: the build draws each step's static chart with it and the browser draws the live one.
 * Every chart labels its marks directly (no colour-only legends); the title, the source line and
 * the data table are HTML around it.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartState } from '../state/schema.ts';
import { parsePartialDate, dateSpan } from '../data/dates.ts';
import type { ChartData, Figure, SidePair } from './chart-data.ts';
import { barValue, formatFigure, formatValue } from './format-figure.ts';
import { px, type ChartFrame, type ChartMark } from './marks.ts';
import { overlaps, segmentHitsBox, type Box, type Segment } from '../geometry/boxes.ts';

interface Size {
  width: number;
  height: number;
}

const SIDE_NAME = { KGZ: 'Kyrgyzstan', TJK: 'Tajikistan' } as const;
/** Wide enough for side-by-side layouts. */
const isWide = (size: Size) => size.width >= 560;

const text = (key: string, cls: string, x: number, y: number, t: string, anchor: 'start' | 'middle' | 'end' = 'start'): ChartMark => ({
  type: 'text',
  key,
  class: cls,
  x: px(x),
  y: px(y),
  text: t,
  anchor,
});
const line = (key: string, cls: string, x1: number, y1: number, x2: number, y2: number): ChartMark => ({
  type: 'line',
  key,
  class: cls,
  x1: px(x1),
  y1: px(y1),
  x2: px(x2),
  y2: px(y2),
});
const rect = (key: string, cls: string, x: number, y: number, width: number, height: number): ChartMark => ({
  type: 'rect',
  key,
  class: cls,
  x: px(x),
  y: px(y),
  width: px(Math.max(0, width)),
  height: px(Math.max(0, height)),
});
const circle = (key: string, cls: string, cx: number, cy: number, r: number): ChartMark => ({ type: 'circle', key, class: cls, cx: px(cx), cy: px(cy), r });

/** One entry of a chart's key: a symbol drawn with a mark class, and what it stands for. */
interface KeyItem {
  key: string;
  symbol: 'dot' | 'swatch';
  cls: string;
  label: string;
}

const KEY_LINE = 17;
const KEY_CHAR_PX = 6.3;

/** A key laid out left to right, wrapping within `width`; returns its marks and its height. */
function chartKey(items: KeyItem[], x0: number, y0: number, width: number): { marks: ChartMark[]; height: number } {
  const marks: ChartMark[] = [];
  let x = x0;
  let y = y0 + 11;
  for (const item of items) {
    const w = 16 + item.label.length * KEY_CHAR_PX + 14;
    if (x > x0 && x + w - 14 > x0 + width) {
      x = x0;
      y += KEY_LINE;
    }
    marks.push(
      item.symbol === 'dot'
        ? circle(`key-${item.key}-symbol`, item.cls, x + 5, y - 4, 4.5)
        : rect(`key-${item.key}-symbol`, item.cls, x, y - 10, 11, 11),
    );
    marks.push(text(`key-${item.key}`, 'chart__key', x + 16, y, item.label));
    x += w;
  }
  return { marks, height: y - y0 + 8 };
}

const untilMs = (until: string | undefined) => {
  if (!until) return Infinity;
  const d = parsePartialDate(until);
  return typeof d === 'string' ? Infinity : dateSpan(d)[1];
};
const yearMs = (year: number, month = 0) => Date.UTC(year, month, 1);

/** Who made a length claim, as a mark class. */
const sideClass = (side: string) => (side === 'KGZ' ? 'kgz' : side === 'TJK' ? 'tjk' : side === 'both' ? 'both' : 'other');

function lengthClaims(data: ChartData, size: Size): ChartMark[] {
  const rows = data.lengthClaims;
  const band = [rows.find((c) => c.ref.endsWith('/length-970')), rows.find((c) => c.ref.endsWith('/length-987'))];
  // a short frame (a small phone) gives the rows the key's third line: the band is named in the
  // plot instead, and the row labels are set a size smaller
  const short = (size.height - 110) / rows.length < 15;
  const bandLabel = band[0] && band[1] ? `${formatValue(band[0].km)}–${formatValue(band[1].km)} km, where most figures fall` : null;
  const key = chartKey(
    [
      { key: 'kgz', symbol: 'dot', cls: 'chart__dot chart__dot--kgz', label: 'Kyrgyz officials' },
      { key: 'tjk', symbol: 'dot', cls: 'chart__dot chart__dot--tjk', label: 'Tajik officials' },
      { key: 'other', symbol: 'dot', cls: 'chart__dot chart__dot--other', label: 'press, or both' },
      { key: 'final', symbol: 'dot', cls: 'chart__dot is-final', label: 'final line, 2025' },
      ...(bandLabel && !short ? [{ key: 'band', symbol: 'swatch' as const, cls: 'chart__band', label: bandLabel }] : []),
    ],
    0,
    0,
    size.width,
  );
  const marks: ChartMark[] = [...key.marks];
  // the label column is as wide as the longest label, but leaves the plot room
  const charPx = short ? 5.8 : 6.3;
  const labelW = Math.min(Math.max(...rows.map((c) => c.label.length)) * charPx + 4, size.width * 0.52);
  const x = scaleLinear().domain([930, 1015]).range([labelW + 12, size.width - 48]);
  const top = key.height + (short ? 22 : 16);
  const bottom = size.height - (short ? 30 : 34);
  const step = (bottom - top) / rows.length;
  if (band[0] && band[1]) {
    marks.push(rect('band', 'chart__band', x(band[0].km), top - 6, x(band[1].km) - x(band[0].km), bottom - top + 6));
    if (short) marks.push(text('band-label', 'chart__note', x(band[1].km) + 2, top - 10, `${formatValue(band[0].km)}–${formatValue(band[1].km)} km: most figures`, 'end'));
  }
  // ticks at least 44 px apart, so "1,000" never touches its neighbour
  const plotW = x.range()[1]! - x.range()[0]!;
  for (const tick of x.ticks(Math.max(2, Math.min(5, Math.floor(plotW / 44))))) {
    marks.push(line(`grid-${tick}`, 'chart__grid', x(tick), top - 6, x(tick), bottom));
    marks.push(text(`tick-${tick}`, 'chart__tick', x(tick), bottom + 16, formatValue(tick), 'middle'));
  }
  marks.push(text('axis-label', 'chart__axis-label', size.width - 48, bottom + 30, 'km', 'end'));
  rows.forEach((c, i) => {
    const y = top + step * (i + 0.5);
    marks.push(text(`label-${c.ref}`, short ? 'chart__label chart__label--small' : 'chart__label', labelW, y + 4, c.label, 'end'));
    marks.push(circle(`dot-${c.ref}`, `chart__dot chart__dot--${sideClass(c.side)}${c.final ? ' is-final' : ''}`, x(c.km), y, c.final ? 6 : 5));
    marks.push(text(`value-${c.ref}`, `chart__value${c.final ? ' is-final' : ''}`, x(c.km) + 9, y + 4, `${c.qualifier === 'about' ? '~' : ''}${formatValue(c.km)}`));
  });
  return marks;
}

function kmAgreed(data: ChartData, state: ChartState, size: Size): ChartMark[] {
  const key = chartKey(
    [
      { key: 'series', symbol: 'dot', cls: 'chart__point chart__point--series', label: 'official milestones, joined' },
      { key: 'other', symbol: 'dot', cls: 'chart__point chart__point--other', label: 'other claims, by officials or the press' },
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
  const x = scaleLinear().domain([yearMs(2013, 6), yearMs(2025, 6)]).range([left, right]);
  const y = scaleLinear().domain([0, 100]).range([bottom, top]);
  for (const v of [0, 25, 50, 75, 100]) {
    marks.push(line(`grid-${v}`, v === 50 ? 'chart__grid chart__grid--half' : 'chart__grid', left, y(v), right, y(v)));
    marks.push(text(`ytick-${v}`, 'chart__tick', left - 6, y(v) + 4, `${v}%`, 'end'));
  }
  marks.push(text('half', 'chart__note', left + 4, y(50) + 14, 'half'));
  const years = isWide(size) ? [2014, 2016, 2018, 2020, 2022, 2024] : [2014, 2017, 2020, 2023];
  for (const year of years) {
    marks.push(line(`xtick-line-${year}`, 'chart__axis', x(yearMs(year)), bottom, x(yearMs(year)), bottom + 4));
    marks.push(text(`xtick-${year}`, 'chart__tick', x(yearMs(year)), bottom + 18, String(year), 'middle'));
  }
  const limit = untilMs(state.until);
  const shown = data.kmAgreed.filter((c) => c.t <= limit);
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
      ? `${c.qualifier === 'about' ? '~' : ''}${formatValue(c.percent)}%`
      : `${formatValue(c.percent)}%${c.km !== undefined && c.ofKm !== undefined ? `: ${formatValue(c.km)} of ${formatValue(c.ofKm)} km` : ''}`;
    const px0 = x(c.t);
    const py0 = y(c.percent);
    const w = value.length * 7.2;
    const boxOf = (sx: number, sy: number, anchor: 'start' | 'middle' | 'end', width = w, lines = 1): Box => {
      const x0 = anchor === 'start' ? sx : anchor === 'end' ? sx - width : sx - width / 2;
      return { x0, y0: sy - 11, x1: x0 + width, y1: sy + 2 + (lines - 1) * 14 };
    };
    if (last && isWide(size) && c.label) {
      // the latest figure, with who gave it, beside its point (or just above or below it)
      const width = Math.max(w, c.label.length * 6.3);
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

/** Splits a label into at most two lines of about `max` characters, at a space. */
function wrap(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length > 1 && (first + ' ' + words[0]).trim().length <= max) first = `${first} ${words.shift()}`.trim();
  return first ? [first, words.join(' ')] : [label];
}

/**
 * Tops for labels of heights `h` that would each sit centred at `ideal`, moved as little as they
 * must so none overlaps the next (with `gap` between) and all stay within lo–hi: overlapping
 * labels are merged into a block centred on their ideal centres, until no blocks overlap.
 */
export function spreadLabels(items: { ideal: number; h: number }[], lo: number, hi: number, gap = 4): number[] {
  type Block = { first: number; last: number; top: number; height: number; sum: number };
  const blocks: Block[] = [];
  const place = (b: Block) => {
    const n = b.last - b.first + 1;
    b.top = Math.max(lo, Math.min(hi - b.height, b.sum / n - b.height / 2));
  };
  items.forEach((it, i) => {
    const b: Block = { first: i, last: i, top: 0, height: it.h, sum: it.ideal };
    place(b);
    blocks.push(b);
    // merge backwards while the new block overlaps the one before it
    while (blocks.length > 1) {
      const a = blocks[blocks.length - 2]!;
      const c = blocks[blocks.length - 1]!;
      if (a.top + a.height + gap <= c.top) break;
      const merged: Block = { first: a.first, last: c.last, top: 0, height: a.height + gap + c.height, sum: a.sum + c.sum };
      place(merged);
      blocks.splice(-2, 2, merged);
    }
  });
  const tops: number[] = [];
  for (const b of blocks) {
    let y = b.top;
    for (let i = b.first; i <= b.last; i++) {
      tops.push(y);
      y += items[i]!.h + gap;
    }
  }
  return tops;
}

/**
 * The documents on a vertical time axis, for narrow frames (phones): years run down the middle,
 * Tajikistan's documents to the left, Kyrgyzstan's (and those both cite) to the right, each
 * label as near level with its document as the labels around it allow.
 */
function documentsVertical(data: ChartData, size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const mid = size.width / 2;
  const top = 40;
  const bottom = size.height - 16;
  const y = scaleLinear().domain([1920, 1995]).range([top, bottom]);
  marks.push(text('tj-head', 'chart__side chart__side--tjk', mid - 12, 16, 'Tajikistan cites', 'end'));
  marks.push(text('kg-head', 'chart__side chart__side--kgz', mid + 12, 16, 'Kyrgyzstan cites'));
  marks.push(line('axis', 'chart__axis', mid, top, mid, bottom));
  for (const year of [1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]) {
    marks.push(line(`tick-${year}`, 'chart__axis', mid - 3, y(year), mid + 3, y(year)));
  }
  // the years sit just right of the axis; the labels start beyond them
  for (const year of [1920, 1940, 1960, 1980]) marks.push(text(`year-${year}`, 'chart__tick', mid + 6, y(year) + 4, String(year)));
  const offset = 42;
  const maxChars = Math.floor((mid - offset - 4) / 6.4);
  for (const [docs, dir] of [
    [data.documents.filter((d) => d.citedBy === 'TJK'), -1],
    [data.documents.filter((d) => d.citedBy !== 'TJK'), 1],
  ] as const) {
    const sorted = [...docs].sort((a, b) => a.year - b.year);
    const lines = sorted.map((d) => wrap(d.title + (d.citedBy === 'both' ? ' (both)' : ''), maxChars));
    const centre = (d: (typeof sorted)[number]) => (y(d.year) + y(d.endYear ?? d.year)) / 2;
    const tops = spreadLabels(
      sorted.map((d, i) => ({ ideal: centre(d), h: lines[i]!.length * 14 })),
      top - 8,
      bottom + 8,
    );
    sorted.forEach((d, i) => {
      const y0 = y(d.year);
      const y1 = y(d.endYear ?? d.year);
      marks.push(rect(`mark-${d.ref}`, `chart__doc chart__doc--${sideClass(d.citedBy)}`, mid - 5, y0 - 4, 10, y1 - y0 + 8));
      const ly = tops[i]! + 10;
      const lx = mid + dir * offset;
      const labelMid = tops[i]! + (lines[i]!.length * 14) / 2;
      marks.push(line(`stem-${d.ref}`, 'chart__stem', mid + dir * 6, centre(d), lx - dir * 3, labelMid));
      lines[i]!.forEach((t, k) => marks.push(text(`label-${d.ref}${k ? `-${k}` : ''}`, 'chart__label', lx, ly + k * 14, t, dir < 0 ? 'end' : 'start')));
    });
  }
  return marks;
}

function documents(data: ChartData, size: Size): ChartMark[] {
  // across a wide frame the years run left to right; in a narrow one, down the middle, where the
  // labels get the width
  if (size.width < 560) return documentsVertical(data, size);
  const marks: ChartMark[] = [];
  const left = 16;
  const right = size.width - 16;
  const above = data.documents.filter((d) => d.citedBy !== 'TJK').sort((a, b) => a.year - b.year);
  const below = data.documents.filter((d) => d.citedBy === 'TJK').sort((a, b) => a.year - b.year);
  const ROW = 20;
  // the axis sits where both lanes (one label row per document) fit, with the heads outside them
  const axisY = clampNumber(34 + (above.length + 1) * ROW, size.height / 2 - 40, size.height - 40 - (below.length + 1) * ROW);
  const x = scaleLinear().domain([1920, 1995]).range([left, right]);
  marks.push(line('axis', 'chart__axis', left, axisY, right, axisY));
  for (const year of [1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]) {
    marks.push(line(`tick-${year}`, 'chart__axis', x(year), axisY - 3, x(year), axisY + 3));
    if (year % 20 === 0 || isWide(size)) marks.push(text(`year-${year}`, 'chart__tick', x(year), axisY - 8, String(year), 'middle'));
  }
  marks.push(text('kg-head', 'chart__side chart__side--kgz', left, axisY - 22 - above.length * ROW, 'Kyrgyzstan cites'));
  marks.push(text('tj-head', 'chart__side chart__side--tjk', left, axisY + 30 + below.length * ROW, 'Tajikistan cites'));
  // one row per document, the earliest farthest from the axis, so no stem crosses a label to its left
  const lane = (docs: typeof data.documents, dir: -1 | 1) => {
    docs.forEach((d, i) => {
      const row = docs.length - i;
      const y = axisY + dir * (10 + row * ROW);
      const x0 = x(d.year);
      const x1 = x(d.endYear ?? d.year);
      const stemX = (x0 + x1) / 2;
      const label = d.title + (d.citedBy === 'both' ? ' (both)' : '');
      const labelX = Math.max(left, Math.min(stemX + 4, right - label.length * 6.3));
      marks.push(line(`stem-${d.ref}`, 'chart__stem', stemX, axisY + dir * 5, stemX, y + (dir < 0 ? 3 : -12)));
      marks.push(rect(`mark-${d.ref}`, `chart__doc chart__doc--${sideClass(d.citedBy)}`, x0 - 4, axisY - 5, x1 - x0 + 8, 10));
      marks.push(text(`label-${d.ref}`, 'chart__label', labelX, y, label));
    });
  };
  lane(above, -1);
  lane(below, 1);
  return marks;
}

const clampNumber = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

function incidents(data: ChartData, size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const left = 8;
  const right = size.width - 8;
  const top = 40;
  const bottom = size.height - 40;
  // one slot per episode, in date order: the gaps between them are in the labels, not the spacing
  const slot = (right - left) / data.incidents.length;
  const y = scaleLinear().domain([0, 110]).range([bottom, top]);
  marks.push(line('baseline', 'chart__axis', left, bottom, right, bottom));
  const barW = Math.min(28, slot * 0.55);
  let lastYear = '';
  data.incidents.forEach((inc) => {
    const v = barValue(inc.killed);
    const cx = left + slot * (data.incidents.indexOf(inc) + 0.5);
    // a count of none is no bar at all, not a stub that reads as a small number
    const h = v === 0 ? 0 : Math.max(2, bottom - y(v));
    const [month, year] = inc.label.split(' ') as [string, string];
    marks.push(rect(`bar-${inc.ref}`, 'chart__bar chart__bar--both', cx - barW / 2, bottom - h, barW, h));
    marks.push(text(`value-${inc.ref}`, 'chart__value', cx, bottom - h - 6, formatFigure(inc.killed, { short: true }), 'middle'));
    marks.push(text(`label-${inc.ref}`, 'chart__tick', cx, bottom + 16, month, 'middle'));
    if (year !== lastYear) marks.push(text(`year-${inc.ref}`, 'chart__tick chart__tick--year', cx, bottom + 31, year, 'middle'));
    lastYear = year;
  });
  marks.push(text('axis-note', 'chart__note', left, 14, 'Deaths per episode, both sides, as reported;'));
  marks.push(text('axis-note-2', 'chart__note', left, 28, 'episodes in date order, evenly spaced'));
  return marks;
}

/** Two horizontal bars, Kyrgyzstan above Tajikistan, for one metric, in a box. */
function pairPanel(key: string, title: string, pair: { KGZ: Figure; TJK: Figure }, box: { x: number; y: number; w: number; h: number }, max?: number): ChartMark[] {
  const marks: ChartMark[] = [];
  const labelW = 82;
  const valueW = 112;
  const scaleMax = max ?? Math.max(barValue(pair.KGZ), barValue(pair.TJK)) * 1.02;
  const x = scaleLinear().domain([0, scaleMax || 1]).range([box.x + labelW, box.x + box.w - valueW]);
  marks.push(text(`${key}-title`, 'chart__panel-title', box.x, box.y + 14, title));
  // in a short panel (a landscape phone) the bars close up rather than thin to hairlines
  const compact = box.h < 80;
  const barH = compact ? Math.max(8, (box.h - 21) / 2 - 2) : Math.min(18, (box.h - 30) / 2 - 6);
  (['KGZ', 'TJK'] as const).forEach((side, i) => {
    const f = pair[side];
    const y = box.y + (compact ? 19 : 26) + i * (barH + (compact ? 3 : 8));
    marks.push(text(`${key}-${side}-name`, `chart__label chart__side--${sideClass(side)}`, box.x, y + barH / 2 + 4, SIDE_NAME[side]));
    if (f.value === null) {
      marks.push(text(`${key}-${side}-value`, 'chart__value chart__value--missing', box.x + labelW, y + barH / 2 + 4, 'not published'));
      return;
    }
    const w = x(barValue(f)) - x(0);
    marks.push(rect(`${key}-${side}-bar`, `chart__bar chart__bar--${sideClass(side)}`, x(0), y, Math.max(2, w), barH));
    marks.push(text(`${key}-${side}-value`, 'chart__value', x(0) + Math.max(2, w) + 6, y + barH / 2 + 4, formatFigure(f)));
  });
  return marks;
}

/** Panels in a grid; no taller than `maxH` each, the block centred in the height it has. */
function grid<T>(items: T[], size: Size, columns: number, maxH: number, draw: (item: T, box: { x: number; y: number; w: number; h: number }) => ChartMark[]): ChartMark[] {
  const rows = Math.ceil(items.length / columns);
  const gap = 14;
  const w = (size.width - gap * (columns - 1)) / columns;
  const h = Math.min(maxH, (size.height - gap * (rows - 1)) / rows);
  const y0 = Math.max(0, (size.height - (h * rows + gap * (rows - 1))) / 2);
  return items.flatMap((item, i) => draw(item, { x: (i % columns) * (w + gap), y: y0 + Math.floor(i / columns) * (h + gap), w, h }));
}

function toll2021(data: ChartData, size: Size): ChartMark[] {
  return grid(data.toll2021, size, isWide(size) ? 2 : 1, 110, (p: SidePair, box) => pairPanel(`p-${p.metric}`, p.metric, p, box));
}

/**
 * The running tolls of September 2022, one line per government, by date of report. Figures
 * reported the same day are spread across that day in the order they came, so 36, 46 and 59 on
 * 18 September do not sit on top of one another.
 */
function tolls2022(data: ChartData, state: ChartState, size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const left = 30;
  const right = size.width - (isWide(size) ? 130 : 74);
  const top = 40;
  const bottom = size.height - 34;
  marks.push(text('axis-note', 'chart__note', 0, 12, 'Deaths each government reported, by date of report'));
  const day = 86_400_000;
  const start = Date.UTC(2022, 8, 16);
  const end = Date.UTC(2022, 8, 29);
  const x = scaleLinear().domain([start, end]).range([left, right]);
  const y = scaleLinear().domain([0, 70]).range([bottom, top]);
  for (const v of [0, 20, 40, 60]) {
    marks.push(line(`grid-${v}`, 'chart__grid', left, y(v), right, y(v)));
    marks.push(text(`ytick-${v}`, 'chart__tick', left - 6, y(v) + 4, String(v), 'end'));
  }
  const days = isWide(size) ? [16, 18, 20, 22, 24, 26, 28] : [16, 20, 24, 28];
  for (const d of days) marks.push(text(`day-${d}`, 'chart__tick', x(Date.UTC(2022, 8, d, 12)), bottom + 18, `${d} Sep`, 'middle'));
  const limit = untilMs(state.until);
  const points = data.tolls2022.filter((p) => p.t <= limit);
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
      if (p.partial) marks.push(text(`note-${p.ref}`, 'chart__note', at.get(p)! + 8, y(p.value) + 16, `${p.value}, ${p.partial}`));
    }
    const last = onLine.at(-1);
    if (last) {
      marks.push(text(`end-${side}`, `chart__label chart__side--${sideClass(side)}`, at.get(last)! + 8, y(last.value) + 4, `${SIDE_NAME[side]} ${last.value}`));
    }
  }
  return marks;
}

function civilians2022(data: ChartData, size: Size): ChartMark[] {
  const { documented, estimate } = data.civilians2022;
  const max = Math.max(barValue(estimate.injured), barValue(estimate.killed)) * 1.02;
  const panels = [
    { key: 'killed', title: 'Civilians killed', a: documented.killed, b: estimate.killed },
    { key: 'injured', title: 'Civilians injured', a: documented.injured, b: estimate.injured },
  ];
  return grid(panels, size, 1, 110, (p, box) => {
    const marks: ChartMark[] = [];
    const labelW = 96;
    const x = scaleLinear().domain([0, max]).range([box.x + labelW, box.x + box.w - 70]);
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

function compare(data: ChartData, size: Size): ChartMark[] {
  const metrics = ['Killed', 'Evacuated'];
  return grid(metrics, size, 1, 220, (metric, box) => {
    const rows = data.compare.filter((c) => c.metric === metric);
    const max = Math.max(...rows.flatMap((r) => [barValue(r.KGZ), barValue(r.TJK)])) * 1.02;
    const half = (box.h - 4) / 2;
    return rows.flatMap((r, i) =>
      pairPanel(`${metric}-${r.year}`, `${metric}, ${r.year}`, r, { x: box.x, y: box.y + i * half, w: box.w, h: half }, max),
    );
  });
}

/** A diverging-bar row: its label, an optional note under it, and one bar each way. */
interface DivergingRow {
  ref: string;
  label: string;
  note?: string;
  toTJK: number | null;
  toKGZ: number | null;
  /** "about" for a reported round figure */
  about?: boolean;
}

/**
 * Rows of diverging bars, to Tajikistan left and to Kyrgyzstan right of a shared axis, each
 * row's label above its bars so the bars get the full width on a phone. Rows shrink (gaps first,
 * then bars) to fit the height, and the axis is drawn through the bars only, never through a label.
 */
function diverging(rows: DivergingRow[], size: Size, unit: string, foot?: string): ChartMark[] {
  const marks: ChartMark[] = [];
  const mid = size.width / 2;
  const half = mid - 44;
  const max = Math.max(...rows.flatMap((s) => [s.toTJK ?? 0, s.toKGZ ?? 0]));
  const x = scaleLinear().domain([0, max]).range([0, half]);
  const top = 44;
  const bottom = size.height - (foot ? 22 : 4);
  const fixed = rows.reduce((h, r) => h + 14 + (r.note ? 13 : 0), 0);
  // bars and gaps share what the labels leave: bars 9–14 px, gaps 4–24 px
  const spare = Math.max(0, bottom - top - fixed);
  const barH = Math.max(9, Math.min(14, (spare - rows.length * 4) / rows.length));
  const gap = Math.max(4, Math.min(24, (spare - rows.length * barH) / rows.length));
  marks.push(text('head-tj', 'chart__side chart__side--tjk', mid - 6, 14, '← to Tajikistan', 'end'));
  marks.push(text('head-kg', 'chart__side chart__side--kgz', mid + 6, 14, 'to Kyrgyzstan →'));
  marks.push(text('unit', 'chart__note', mid, 30, unit, 'middle'));
  let y0 = top;
  for (const s of rows) {
    marks.push(text(`label-${s.ref}`, 'chart__label', 0, y0 + 10, s.label));
    if (s.note) marks.push(text(`note-${s.ref}`, 'chart__note', 0, y0 + 23, s.note));
    const barY = y0 + 14 + (s.note ? 13 : 0) + 1;
    marks.push(line(`axis-${s.ref}`, 'chart__axis', mid, barY - 2, mid, barY + barH + 2));
    for (const [side, value, dir] of [['TJK', s.toTJK, -1], ['KGZ', s.toKGZ, 1]] as const) {
      if (value === null) continue;
      const w = Math.max(2, x(value));
      marks.push(rect(`${side}-bar-${s.ref}`, `chart__bar chart__bar--${sideClass(side)}`, dir < 0 ? mid - w : mid, barY, w, barH));
      const v = `${s.about ? '~' : ''}${formatValue(value)}`;
      marks.push(text(`${side}-${s.ref}`, 'chart__value', mid + dir * (w + 5), barY + barH - 2, v, dir < 0 ? 'end' : 'start'));
    }
    y0 = barY + barH + gap;
  }
  if (foot) marks.push(text('foot', 'chart__note', 0, size.height - 6, foot));
  return marks;
}

/** The land swaps, item by item, as Kyrgyzstan described them. */
function settlement(data: ChartData, size: Size): ChartMark[] {
  return diverging(
    data.settlement.map((s) => ({ ref: s.ref, label: s.item, ...(s.note ? { note: s.note } : {}), toTJK: s.toTJK, toKGZ: s.toKGZ })),
    size,
    'hectares, as Kyrgyzstan described them',
  );
}

/** The two totals reported for the swaps, which agree neither with each other nor with the items. */
function settlementTotals(data: ChartData, size: Size): ChartMark[] {
  return diverging(
    data.settlementTotals.map((t) => ({
      ref: t.ref,
      label: t.item,
      toTJK: t.toTJK,
      toKGZ: t.toKGZ,
      ...(t.about ? { about: true } : {}),
      ...(t.otherWay ? { note: `in return: ${t.otherWay}` } : {}),
    })),
    size,
    'hectares, total each way',
    'Neither total matches the items Kyrgyzstan listed.',
  );
}

/** Counts of the Tajik dead of September 2022: the last official figure, and two higher ones. */
function tjCounts2022(data: ChartData, size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const rows = data.tjCounts2022;
  const max = Math.max(...rows.map((r) => barValue(r.figure))) * 1.05;
  const valueW = 86;
  const x = scaleLinear().domain([0, max]).range([0, size.width - valueW]);
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

/** The 2025 resettlement: homes handed over each way, and new houses built for those who moved. */
function resettlement(data: ChartData, size: Size): ChartMark[] {
  const panels = [
    { key: 'exchanged', title: 'Homes handed over, by mid-November 2025', rows: data.resettlement.exchanged },
    { key: 'built', title: 'New houses for resettled families, end of 2025', rows: data.resettlement.built },
  ];
  const max = Math.max(...panels.flatMap((p) => p.rows.map((r) => r.value))) * 1.05;
  return grid(panels, size, 1, 130, (p, box) => {
    const marks: ChartMark[] = [];
    marks.push(text(`${p.key}-title`, 'chart__panel-title', box.x, box.y + 14, p.title));
    const x = scaleLinear().domain([0, max]).range([0, box.w - 44]);
    p.rows.forEach((r, i) => {
      const y = box.y + 24 + i * 42;
      marks.push(text(`${p.key}-${i}-name`, `chart__label${p.key === 'exchanged' ? ` chart__side--${sideClass(r.side)}` : ''}`, box.x, y + 12, r.label));
      const w = Math.max(2, x(r.value));
      marks.push(rect(`${p.key}-${i}-bar`, `chart__bar chart__bar--${p.key === 'exchanged' ? sideClass(r.side) : 'both'}`, box.x, y + 17, w, 16));
      marks.push(text(`${p.key}-${i}-value`, 'chart__value', box.x + w + 6, y + 30, formatValue(r.value)));
    });
    return marks;
  });
}

/** Marks of the data a chart draws (not its axes, grid, heads or key). */
const DATA_MARK = /\bchart__(dot|point|bar|doc|value|label|stem|toll|series)\b/;

/**
 * The step's emphasis: the marks of the rows or panels it names (their key is the row's ref, or
 * starts, ends or contains it between dashes) are highlighted, the other data marks muted.
 */
function emphasise(marks: ChartMark[], highlight: string[] | undefined): ChartMark[] {
  if (!highlight || highlight.length === 0) return marks;
  const about = (key: string) => highlight.some((h) => key === h || key.startsWith(`${h}-`) || key.endsWith(`-${h}`) || key.includes(`-${h}-`));
  return marks.map((m) => {
    if (m.key.startsWith('key-')) return m;
    if (about(m.key)) return { ...m, class: `${m.class} is-highlight` };
    return DATA_MARK.test(m.class) ? { ...m, class: `${m.class} is-muted` } : m;
  });
}

export function computeChart(state: ChartState, data: ChartData, size: Size): ChartFrame {
  const drawn = (() => {
    switch (state.kind) {
      case 'length-claims':
        return lengthClaims(data, size);
      case 'km-agreed':
        return kmAgreed(data, state, size);
      case 'documents':
        return documents(data, size);
      case 'incidents':
        return incidents(data, size);
      case 'toll-2021':
        return toll2021(data, size);
      case 'tolls-2022':
        return tolls2022(data, state, size);
      case 'civilians-2022':
        return civilians2022(data, size);
      case 'compare':
        return compare(data, size);
      case 'settlement':
        return settlement(data, size);
      case 'settlement-totals':
        return settlementTotals(data, size);
      case 'tj-counts-2022':
        return tjCounts2022(data, size);
      case 'resettlement':
        return resettlement(data, size);
    }
  })();
  return { kind: state.kind, width: size.width, height: size.height, marks: emphasise(drawn, state.highlight) };
}
