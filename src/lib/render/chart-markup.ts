/**
 * What a chart's marks carry, set alike by the serialiser (chart-svg.ts) and the live renderer
 * (client/render-chart.ts); apart from the serialiser, so the story's script loads only these.
 */
import type { ChartMark } from '../chart/marks.ts';

/** The geometric attributes of each kind of mark, in the order they are written. */
export const CHART_ATTRS: Record<ChartMark['type'], string[]> = {
  rect: ['x', 'y', 'width', 'height'],
  line: ['x1', 'y1', 'x2', 'y2'],
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  text: ['x', 'y'],
};

/** How the live graphic tells marks apart across frames. */
export const chartMarkKey = (m: Pick<ChartMark, 'type' | 'key'>) => `${m.type}:${m.key}`;
