/**
 * The length-claims chart: every figure given for the border's length, one row each, from the
 * shortest to the longest, coloured by who gave it, with the band where most of them fall.
 */
import type { DelimitationRow } from '../../data/schema.ts';
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import { textWidth } from '../../i18n/measure.ts';
import type { ChartMark } from '../marks.ts';
import { chartKey } from '../primitives/key.ts';
import { linear } from '../primitives/linear.ts';
import { circle, line, rect, text } from '../primitives/shapes.ts';
import { sideClass, sideName } from '../primitives/sides.ts';
import { refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Figure, type Size } from '../types.ts';

export interface LengthClaim {
  ref: string;
  km: number;
  qualifier: Figure['qualifier'];
  /** the row's chart label (or its claimant), in the reader's locale */
  label: string;
  side: DelimitationRow['side'];
  final: boolean;
}

/** A length as its dot's value reads: "~970" for a round figure. */
const km = (fmt: Formats, c: LengthClaim, short: boolean) => (c.qualifier === 'about' ? fmt.figure({ value: c.km, qualifier: 'about' }, { short }) : fmt.number(c.km));

function draw(rows: LengthClaim[], size: Size, fmt: Formats): ChartMark[] {
  const band = [rows.find((c) => c.ref.endsWith('/length-970')), rows.find((c) => c.ref.endsWith('/length-987'))];
  // a short frame (a small phone) gives the rows the key's third line: the band is named in the
  // plot instead, and the row labels are set a size smaller
  const short = (size.height - 110) / rows.length < 15;
  const bandLabel = band[0] && band[1] ? fmt.t('chart.length_claims.band', { from: band[0].km, to: band[1].km }) : null;
  const key = chartKey(
    [
      { key: 'kgz', symbol: 'dot', cls: 'chart__dot chart__dot--kgz', label: fmt.t('chart.length_claims.key.kgz') },
      { key: 'tjk', symbol: 'dot', cls: 'chart__dot chart__dot--tjk', label: fmt.t('chart.length_claims.key.tjk') },
      { key: 'other', symbol: 'dot', cls: 'chart__dot chart__dot--other', label: fmt.t('chart.length_claims.key.other') },
      { key: 'final', symbol: 'dot', cls: 'chart__dot is-final', label: fmt.t('chart.length_claims.key.final') },
      ...(bandLabel && !short ? [{ key: 'band', symbol: 'swatch' as const, cls: 'chart__band', label: bandLabel }] : []),
    ],
    0,
    0,
    size.width,
  );
  const marks: ChartMark[] = [...key.marks];
  // the label column is as wide as the longest label, but leaves the plot room
  const labelW = Math.min(Math.max(...rows.map((c) => textWidth(c.label, short ? 'chartLabelSmall' : 'chartLabel'))) + 4, size.width * 0.52);
  const plotLeft = labelW + 12;
  const plotRight = size.width - 48;
  const x = linear([930, 1015], [plotLeft, plotRight]);
  const top = key.height + (short ? 22 : 16);
  const bottom = size.height - (short ? 30 : 34);
  const step = (bottom - top) / rows.length;
  if (band[0] && band[1]) {
    marks.push(rect('band', 'chart__band', x(band[0].km), top - 6, x(band[1].km) - x(band[0].km), bottom - top + 6));
    if (short) marks.push(text('band-label', 'chart__note', x(band[1].km) + 2, top - 10, fmt.t('chart.length_claims.band_short', { from: band[0].km, to: band[1].km }), 'end'));
  }
  // ticks at least 44 px apart, so "1,000" («1 000») never touches its neighbour
  const plotW = plotRight - plotLeft;
  for (const tick of x.ticks(Math.max(2, Math.min(5, Math.floor(plotW / 44))))) {
    marks.push(line(`grid-${tick}`, 'chart__grid', x(tick), top - 6, x(tick), bottom));
    marks.push(text(`tick-${tick}`, 'chart__tick', x(tick), bottom + 16, fmt.number(tick), 'middle'));
  }
  marks.push(text('axis-label', 'chart__axis-label', size.width - 48, bottom + 30, fmt.t('chart.unit.km'), 'end'));
  rows.forEach((c, i) => {
    const y = top + step * (i + 0.5);
    marks.push(text(`label-${c.ref}`, short ? 'chart__label chart__label--small' : 'chart__label', labelW, y + 4, c.label, 'end'));
    marks.push(circle(`dot-${c.ref}`, `chart__dot chart__dot--${sideClass(c.side)}${c.final ? ' is-final' : ''}`, x(c.km), y, c.final ? 6 : 5));
    marks.push(text(`value-${c.ref}`, `chart__value${c.final ? ' is-final' : ''}`, x(c.km) + 9, y + 4, km(fmt, c, true)));
  });
  return marks;
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const lengthClaimsDrawing = defineDrawing('lengthClaims', (_state, claims: LengthClaim[], size, fmt) => draw(claims, size, fmt));

export const lengthClaims = /* @__PURE__ */ defineChart(lengthClaimsDrawing, {
  kind: 'length-claims',
  data(dataset: Dataset): LengthClaim[] {
    return dataset.delimitation
      .filter((d) => d.kind === 'length')
      .map((d) => ({
        ref: `delimitation/${d.id}`,
        km: d.km!,
        qualifier: d.qualifier,
        label: d.chart_label ?? d.claimant,
        side: d.side,
        final: d.id === 'length-final',
      }))
      .sort((a, b) => a.km - b.km);
  },
  refs: (claims) => refsOf(claims),
  table: (_state, claims, fmt) => ({
    caption: fmt.t('chart.length_claims.table.caption'),
    head: [fmt.t('chart.length_claims.table.who'), fmt.t('chart.length_claims.table.length'), fmt.t('chart.length_claims.table.side')],
    rows: claims.map((c) => [c.label, km(fmt, c, false), sideName(fmt, c.side)]),
  }),
});
