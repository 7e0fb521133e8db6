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
  const key = chartKey(
    [
      { key: 'kgz', symbol: 'dot', cls: 'chart__dot chart__dot--kgz', label: 'Kyrgyz officials' },
      { key: 'tjk', symbol: 'dot', cls: 'chart__dot chart__dot--tjk', label: 'Tajik officials' },
      { key: 'other', symbol: 'dot', cls: 'chart__dot chart__dot--other', label: 'press, or both' },
      { key: 'final', symbol: 'dot', cls: 'chart__dot is-final', label: 'final line, 2025' },
      ...(band[0] && band[1]
        ? [{ key: 'band', symbol: 'swatch' as const, cls: 'chart__band', label: `${formatValue(band[0].km)}–${formatValue(band[1].km)} km, where most figures fall` }]
        : []),
    ],
    0,
    0,
    size.width,
  );
  const marks: ChartMark[] = [...key.marks];
  // the label column is as wide as the longest label (12 px type), but leaves the plot room
  const labelW = Math.min(Math.max(...rows.map((c) => c.label.length)) * 6.3 + 4, size.width * 0.52);
  const x = scaleLinear().domain([930, 1015]).range([labelW + 12, size.width - 48]);
  const top = key.height + 16;
  const bottom = size.height - 34;
  const step = (bottom - top) / rows.length;
  if (band[0] && band[1]) {
    marks.push(rect('band', 'chart__band', x(band[0].km), top - 6, x(band[1].km) - x(band[0].km), bottom - top + 6));
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
    marks.push(text(`label-${c.ref}`, 'chart__label', labelW, y + 4, c.label, 'end'));
    marks.push(circle(`dot-${c.ref}`, `chart__dot chart__dot--${sideClass(c.side)}${c.final ? ' is-final' : ''}`, x(c.km), y, c.final ? 6 : 5));
    marks.push(text(`value-${c.ref}`, `chart__value${c.final ? ' is-final' : ''}`, x(c.km) + 9, y + 4, `${c.qualifier === 'about' ? '~' : ''}${formatValue(c.km)}`));
  });
  return marks;
}

function kmAgreed(data: ChartData, state: ChartState, size: Size): ChartMark[] {
  const key = chartKey(
    [
      { key: 'series', symbol: 'dot', cls: 'chart__point chart__point--series', label: 'official milestones, joined' },
      { key: 'other', symbol: 'dot', cls: 'chart__point chart__point--other', label: 'other official claims' },
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
  // label the series points: the last one with its source, the others with their value only;
  // points at the same value (the 100 % of 2024–25) share one label
  series.forEach((c, i) => {
    const last = i === series.length - 1;
    const next = series[i + 1];
    if (next && next.percent === c.percent) return;
    const value = `${c.qualifier === 'about' ? '~' : ''}${formatValue(c.percent)}%`;
    if (last && isWide(size)) {
      marks.push(text(`value-${c.ref}`, 'chart__value', x(c.t) + 10, y(c.percent) + 4, value));
      marks.push(text(`label-${c.ref}`, 'chart__label chart__label--small', x(c.t) + 10, y(c.percent) + 18, c.label ?? ''));
    } else {
      if (last) marks.push(text(`value-${c.ref}`, 'chart__value', x(c.t), y(c.percent) + (c.percent > 85 ? 18 : -10), value, 'end'));
      // near the top the line climbs steeply: the label goes to the left of its point, off the line
      else if (c.percent > 85) marks.push(text(`value-${c.ref}`, 'chart__value', x(c.t) - 8, y(c.percent) + 4, value, 'end'));
      else marks.push(text(`value-${c.ref}`, 'chart__value', x(c.t), y(c.percent) - 10, value, 'middle'));
    }
  });
  return marks;
}

function documents(data: ChartData, size: Size): ChartMark[] {
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
    const h = Math.max(2, bottom - y(v));
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
  const barH = Math.min(18, (box.h - 30) / 2 - 6);
  (['KGZ', 'TJK'] as const).forEach((side, i) => {
    const f = pair[side];
    const y = box.y + 26 + i * (barH + 8);
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

function tolls2022(data: ChartData, state: ChartState, size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const left = 34;
  const laterX = size.width - (isWide(size) ? 120 : 64);
  const right = laterX - 30;
  const top = 36;
  const bottom = size.height - 34;
  marks.push(text('axis-note', 'chart__note', 0, 12, 'Deaths each government reported, by date of report'));
  const start = Date.UTC(2022, 8, 16);
  const end = Date.UTC(2022, 8, 25);
  const x = scaleLinear().domain([start, end]).range([left, right]);
  const y = scaleLinear().domain([0, 80]).range([bottom, top]);
  for (const v of [0, 20, 40, 60, 80]) {
    marks.push(line(`grid-${v}`, 'chart__grid', left, y(v), laterX + 10, y(v)));
    marks.push(text(`ytick-${v}`, 'chart__tick', left - 6, y(v) + 4, String(v), 'end'));
  }
  for (const day of [16, 18, 20, 22, 24]) {
    marks.push(text(`day-${day}`, 'chart__tick', x(Date.UTC(2022, 8, day, 12)), bottom + 18, `${day} Sep`, 'middle'));
  }
  marks.push(text('later', 'chart__tick', laterX, bottom + 18, 'later', 'middle'));
  const limit = untilMs(state.until);
  const points = data.tolls2022.filter((p) => p.t <= limit);
  const at = (p: (typeof points)[number]) => (p.t > end ? laterX : x(p.t));
  for (const side of ['KGZ', 'TJK'] as const) {
    const onLine = points.filter((p) => p.side === side && !p.partial && p.t <= end);
    if (onLine.length > 1) {
      const d = onLine.map((p, i) => `${i ? 'L' : 'M'}${px(at(p))},${px(y(p.value))}`).join('');
      marks.push({ type: 'path', key: `line-${side}`, class: `chart__toll chart__toll--${sideClass(side)}`, d });
    }
    for (const p of points.filter((q) => q.side === side)) {
      marks.push(circle(`point-${p.ref}`, `chart__point chart__point--${sideClass(side)}${p.partial ? ' is-partial' : ''}`, at(p), y(p.value), 4.5));
      if (p.partial) marks.push(text(`note-${p.ref}`, 'chart__note', at(p) + 7, y(p.value) + 14, `${p.value} (${p.partial})`));
    }
    const last = onLine.at(-1);
    if (last) {
      // beside the last point, or above and to its left when it is near the "later" column
      const crowded = at(last) > right - 90;
      marks.push(
        text(
          `end-${side}`,
          `chart__label chart__side--${sideClass(side)}`,
          at(last) + (crowded ? -6 : 8),
          y(last.value) + (side === 'KGZ' ? -10 : 16),
          `${SIDE_NAME[side]} ${last.value}`,
          crowded ? 'end' : 'start',
        ),
      );
    }
    const final = points.find((p) => p.side === side && p.t > end);
    if (final) marks.push(text(`final-${side}`, 'chart__value', laterX, y(final.value) - 10, `${final.value}`, 'middle'));
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

function settlement(data: ChartData, size: Size): ChartMark[] {
  const marks: ChartMark[] = [];
  const labelW = Math.min(150, size.width * 0.34);
  const mid = labelW + (size.width - labelW) / 2;
  const half = (size.width - labelW) / 2 - 48;
  const max = Math.max(...data.settlement.flatMap((s) => [s.toTJK ?? 0, s.toKGZ ?? 0]));
  const x = scaleLinear().domain([0, max]).range([0, half]);
  // rows at most 52 px apart, the block centred in the height it has
  const step = Math.min(52, (size.height - 50) / data.settlement.length);
  const top = Math.max(40, (size.height - step * data.settlement.length) / 2 + 20);
  marks.push(text('head-tj', 'chart__side chart__side--tjk', mid - 6, top - 24, '← to Tajikistan', 'end'));
  marks.push(text('head-kg', 'chart__side chart__side--kgz', mid + 6, top - 24, 'to Kyrgyzstan →'));
  marks.push(text('unit', 'chart__note', mid, top - 8, 'hectares', 'middle'));
  marks.push(line('axis', 'chart__axis', mid, top - 4, mid, top + step * data.settlement.length));
  data.settlement.forEach((s, i) => {
    const y = top + step * i + step / 2;
    marks.push(text(`label-${s.ref}`, 'chart__label', 0, y + 4, s.item));
    const barH = Math.min(16, step - 10);
    for (const [side, value, dir] of [['TJK', s.toTJK, -1], ['KGZ', s.toKGZ, 1]] as const) {
      if (value === null) {
        marks.push(text(`${side}-${s.ref}`, 'chart__value chart__value--missing', mid + dir * 8, y + 4, '–', dir < 0 ? 'end' : 'start'));
        continue;
      }
      const w = Math.max(2, x(value));
      marks.push(rect(`${side}-bar-${s.ref}`, `chart__bar chart__bar--${sideClass(side)}`, dir < 0 ? mid - w : mid, y - barH / 2, w, barH));
      marks.push(text(`${side}-${s.ref}`, 'chart__value', mid + dir * (w + 5), y + 4, formatValue(value), dir < 0 ? 'end' : 'start'));
    }
  });
  return marks;
}

export function computeChart(state: ChartState, data: ChartData, size: Size): ChartFrame {
  const marks = (() => {
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
    }
  })();
  return { kind: state.kind, width: size.width, height: size.height, marks };
}
