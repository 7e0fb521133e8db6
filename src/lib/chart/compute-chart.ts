/**
 * computeChart(state, data, size, fmt) → ChartFrame: the marks of one chart at one size, in the
 * reader's locale (fmt: its Formats; the mark keys are the same in every locale). Pure, like
 * computeMap: the build draws each step's static chart with it and the browser draws the live one.
 * Every chart labels its marks directly (no colour-only legends); the title, the source line and
 * the data table are HTML around it. Each kind draws its own marks (in kinds/); this adds the
 * step's emphasis. It looks kinds up in the draw registry, not the registry, so that the browser's
 * bundle carries no kind's data or table.
 */
import type { Formats } from '../i18n/format.ts';
import type { ChartState } from '../state/schema.ts';
import type { ChartData } from './chart-data.ts';
import { chartDrawing, dataOf } from './draw-registry.ts';
import type { ChartFrame, ChartMark } from './marks.ts';
import type { Size } from './types.ts';

export { spreadLabels } from './primitives/labels.ts';

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

export function computeChart(state: ChartState, data: ChartData, size: Size, fmt: Formats): ChartFrame {
  const drawn = chartDrawing(state.kind).draw(state, dataOf(data, state.kind), size, fmt);
  return { kind: state.kind, width: size.width, height: size.height, marks: emphasise(drawn, state.highlight) };
}
