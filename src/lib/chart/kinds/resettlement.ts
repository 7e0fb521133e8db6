/**
 * The resettlement chart: the homes handed over each way in 2025, and the new houses built for
 * the families who moved.
 */
import type { Dataset } from '../../data/tables.ts';
import type { Formats } from '../../i18n/format.ts';
import type { ChartMark } from '../marks.ts';
import { grid } from '../primitives/layout.ts';
import { linear } from '../primitives/linear.ts';
import { rect, text } from '../primitives/shapes.ts';
import { sideClass } from '../primitives/sides.ts';
import { chartRows, refsOf } from '../rows.ts';
import { defineChart, defineDrawing, type Size } from '../types.ts';

/** What a count of houses is of (named by chart.resettlement.row.*): homes handed over each way, or houses built in a place. */
export type HouseCountOf = 'to_kgz' | 'to_tjk' | 'zhany_dostuk' | 'leilek';

/** A count of houses in the 2025 resettlement, with the row it comes from. */
export interface HouseCount {
  ref: string;
  of: HouseCountOf;
  value: number;
  side: 'KGZ' | 'TJK' | 'both';
}

export interface Resettlement {
  exchanged: HouseCount[];
  built: HouseCount[];
}

const labelOf = (fmt: Formats, r: HouseCount) => fmt.t(`chart.resettlement.row.${r.of}`);

/** The 2025 resettlement: homes handed over each way, and new houses built for those who moved. */
function draw(houses: Resettlement, size: Size, fmt: Formats): ChartMark[] {
  const panels = [
    { key: 'exchanged', title: fmt.t('chart.resettlement.exchanged'), rows: houses.exchanged },
    { key: 'built', title: fmt.t('chart.resettlement.built'), rows: houses.built },
  ];
  const max = Math.max(...panels.flatMap((p) => p.rows.map((r) => r.value))) * 1.05;
  return grid(panels, size, 1, 130, (p, box) => {
    const marks: ChartMark[] = [];
    marks.push(text(`${p.key}-title`, 'chart__panel-title', box.x, box.y + 14, p.title));
    const x = linear([0, max], [0, box.w - 44]);
    p.rows.forEach((r, i) => {
      const y = box.y + 24 + i * 42;
      marks.push(text(`${p.key}-${i}-name`, `chart__label${p.key === 'exchanged' ? ` chart__side--${sideClass(r.side)}` : ''}`, box.x, y + 12, labelOf(fmt, r)));
      const w = Math.max(2, x(r.value));
      marks.push(rect(`${p.key}-${i}-bar`, `chart__bar chart__bar--${p.key === 'exchanged' ? sideClass(r.side) : 'both'}`, box.x, y + 17, w, 16));
      marks.push(text(`${p.key}-${i}-value`, 'chart__value', box.x + w + 6, y + 30, fmt.number(r.value)));
    });
    return marks;
  });
}

/** Its marks: all the browser needs of this kind (the draw registry's entry). */
export const resettlementDrawing = defineDrawing('resettlement', (_state, houses: Resettlement, size, fmt) => draw(houses, size, fmt));

export const resettlement = /* @__PURE__ */ defineChart(resettlementDrawing, {
  kind: 'resettlement',
  data(dataset: Dataset): Resettlement {
    const { row } = chartRows(dataset);
    const exchanged = row('settlement', 'houses-exchanged');
    return {
      exchanged: [
        { ref: 'settlement/houses-exchanged', of: 'to_kgz', value: exchanged.houses_to_kgz!, side: 'KGZ' as const },
        { ref: 'settlement/houses-exchanged', of: 'to_tjk', value: exchanged.houses_to_tjk!, side: 'TJK' as const },
      ],
      built: [
        { ref: 'settlement/zhany-dostuk-built', of: 'zhany_dostuk', value: row('settlement', 'zhany-dostuk-built').houses_built!, side: 'KGZ' as const },
        { ref: 'settlement/leilek-resettlement-built', of: 'leilek', value: row('settlement', 'leilek-resettlement-built').houses_built!, side: 'KGZ' as const },
      ],
    };
  },
  refs: (houses) => [...new Set(refsOf([...houses.exchanged, ...houses.built]))],
  table: (_state, houses, fmt) => ({
    caption: fmt.t('chart.resettlement.table.caption'),
    head: ['', fmt.t('chart.resettlement.table.houses')],
    rows: [
      ...houses.exchanged.map((r) => [fmt.t('chart.resettlement.table.handed_over', { what: labelOf(fmt, r) }), fmt.number(r.value)]),
      ...houses.built.map((r) => [fmt.t('chart.resettlement.table.built', { what: labelOf(fmt, r) }), fmt.number(r.value)]),
    ],
  }),
});
