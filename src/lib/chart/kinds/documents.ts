/**
 * The documents chart: the Soviet-era documents each side cites, on a time axis, Kyrgyzstan's
 * (and those both cite) on one side of it and Tajikistan's on the other.
 */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import { textWidth } from '../../i18n/measure.ts';
import type { ChartMark } from '../marks.ts';
import { spreadLabels, wrap } from '../primitives/labels.ts';
import { clamp } from '../../geometry/boxes.ts';
import { isWide } from '../primitives/layout.ts';
import { linear } from '../primitives/linear.ts';
import { line, rect, text } from '../primitives/shapes.ts';
import { sideClass, sideName } from '../primitives/sides.ts';
import { refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Size } from '../types.ts';

export interface Document {
  ref: string;
  year: number;
  endYear?: number;
  /** the row's title, in the reader's locale */
  title: string;
  citedBy: 'KGZ' | 'TJK' | 'both';
}

/** A document's label: its title, and "(both)" where both sides cite it. */
const labelOf = (fmt: Formats, d: Document) => (d.citedBy === 'both' ? fmt.t('chart.documents.cited_by_both', { title: d.title }) : d.title);

/**
 * The documents on a vertical time axis, for narrow frames (phones): years run down the middle,
 * Tajikistan's documents to the left, Kyrgyzstan's (and those both cite) to the right, each
 * label as near level with its document as the labels around it allow.
 */
function down(documents: Document[], size: Size, fmt: Formats): ChartMark[] {
  const marks: ChartMark[] = [];
  const mid = size.width / 2;
  const top = 40;
  const bottom = size.height - 16;
  const y = linear([1920, 1995], [top, bottom]);
  marks.push(text('tj-head', 'chart__side chart__side--tjk', mid - 12, 16, fmt.t('chart.documents.cites.TJK'), 'end'));
  marks.push(text('kg-head', 'chart__side chart__side--kgz', mid + 12, 16, fmt.t('chart.documents.cites.KGZ')));
  marks.push(line('axis', 'chart__axis', mid, top, mid, bottom));
  for (const year of [1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]) {
    marks.push(line(`tick-${year}`, 'chart__axis', mid - 3, y(year), mid + 3, y(year)));
  }
  // the years sit just right of the axis; the labels start beyond them
  for (const year of [1920, 1940, 1960, 1980]) marks.push(text(`year-${year}`, 'chart__tick', mid + 6, y(year) + 4, String(year)));
  const offset = 42;
  const maxW = mid - offset - 4;
  for (const [docs, dir] of [
    [documents.filter((d) => d.citedBy === 'TJK'), -1],
    [documents.filter((d) => d.citedBy !== 'TJK'), 1],
  ] as const) {
    const sorted = [...docs].sort((a, b) => a.year - b.year);
    const lines = sorted.map((d) => wrap(labelOf(fmt, d), maxW, 'chartDocument'));
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

function across(documents: Document[], size: Size, fmt: Formats): ChartMark[] {
  // across a wide frame the years run left to right; in a narrow one, down the middle, where the
  // labels get the width
  if (size.width < 560) return down(documents, size, fmt);
  const marks: ChartMark[] = [];
  const left = 16;
  const right = size.width - 16;
  const above = documents.filter((d) => d.citedBy !== 'TJK').sort((a, b) => a.year - b.year);
  const below = documents.filter((d) => d.citedBy === 'TJK').sort((a, b) => a.year - b.year);
  const ROW = 20;
  // the axis sits where both lanes (one label row per document) fit, with the heads outside them
  const axisY = clamp(34 + (above.length + 1) * ROW, size.height / 2 - 40, size.height - 40 - (below.length + 1) * ROW);
  const x = linear([1920, 1995], [left, right]);
  marks.push(line('axis', 'chart__axis', left, axisY, right, axisY));
  for (const year of [1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]) {
    marks.push(line(`tick-${year}`, 'chart__axis', x(year), axisY - 3, x(year), axisY + 3));
    if (year % 20 === 0 || isWide(size)) marks.push(text(`year-${year}`, 'chart__tick', x(year), axisY - 8, String(year), 'middle'));
  }
  marks.push(text('kg-head', 'chart__side chart__side--kgz', left, axisY - 22 - above.length * ROW, fmt.t('chart.documents.cites.KGZ')));
  marks.push(text('tj-head', 'chart__side chart__side--tjk', left, axisY + 30 + below.length * ROW, fmt.t('chart.documents.cites.TJK')));
  // one row per document, the earliest farthest from the axis, so no stem crosses a label to its left
  const lane = (docs: Document[], dir: -1 | 1) => {
    docs.forEach((d, i) => {
      const row = docs.length - i;
      const y = axisY + dir * (10 + row * ROW);
      const x0 = x(d.year);
      const x1 = x(d.endYear ?? d.year);
      const stemX = (x0 + x1) / 2;
      const label = labelOf(fmt, d);
      const labelX = Math.max(left, Math.min(stemX + 4, right - textWidth(label, 'chartLabel')));
      marks.push(line(`stem-${d.ref}`, 'chart__stem', stemX, axisY + dir * 5, stemX, y + (dir < 0 ? 3 : -12)));
      marks.push(rect(`mark-${d.ref}`, `chart__doc chart__doc--${sideClass(d.citedBy)}`, x0 - 4, axisY - 5, x1 - x0 + 8, 10));
      marks.push(text(`label-${d.ref}`, 'chart__label', labelX, y, label));
    });
  };
  lane(above, -1);
  lane(below, 1);
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const documentsDrawing = defineDrawing('documents', (_state, docs: Document[], size, fmt) => across(docs, size, fmt));

export const documents = /* @__PURE__ */ defineChart(documentsDrawing, {
  kind: 'documents',
  data: (dataset: Dataset): Document[] =>
    dataset.documents.map((d) => ({
      ref: `documents/${d.id}`,
      year: d.year,
      ...(d.end_year !== undefined ? { endYear: d.end_year } : {}),
      title: d.title,
      citedBy: d.cited_by,
    })),
  refs: (docs) => refsOf(docs),
  table: (_state, docs, fmt) => ({
    caption: fmt.t('chart.documents.table.caption'),
    head: [fmt.t('chart.documents.table.year'), fmt.t('chart.documents.table.document'), fmt.t('chart.documents.table.cited_by')],
    rows: docs.map((d) => [d.endYear ? `${d.year}–${d.endYear}` : String(d.year), d.title, sideName(fmt, d.citedBy)]),
  }),
});
