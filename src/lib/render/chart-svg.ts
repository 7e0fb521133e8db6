/**
 * A chart frame as SVG markup, mark by mark: the one serialiser of a ChartFrame. The build writes
 * every still chart with it; the live renderer (client/render-chart.ts) joins the same marks by
 * the same keys and sets the same attributes (CHART_ATTRS).
 */
import type { ChartFrame, ChartMark } from '../chart/marks.ts';
import { el, type Attrs } from './xml.ts';
import { CHART_ATTRS } from './chart-markup.ts';

export function chartMarkSvg(m: ChartMark): string {
  const a: Attrs = { class: m.class };
  for (const name of CHART_ATTRS[m.type]) a[name] = (m as unknown as Record<string, number | string>)[name];
  if (m.type === 'text') return el('text', { ...a, 'text-anchor': m.anchor, 'data-key': m.key }, m.text);
  return el(m.type, { ...a, 'data-key': m.key });
}

export interface ChartSvgOptions {
  className?: string;
  standalone?: { style: string };
  id?: string;
  title?: string;
  description?: string;
  sized?: boolean;
}

export function chartSvg(frame: ChartFrame, options: ChartSvgOptions = {}): string {
  const { id, title, description } = options;
  const accessible = id && title;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: options.className ?? 'chart',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      width: options.sized ? frame.width : null,
      height: options.sized ? frame.height : null,
      role: accessible ? 'img' : null,
      'aria-labelledby': accessible ? `${id}-title` : null,
      'aria-describedby': accessible && description ? `${id}-desc` : null,
      'data-chart': frame.kind,
    },
    [
      ...(accessible ? [el('title', { id: `${id}-title` }, title!)] : []),
      ...(accessible && description ? [el('desc', { id: `${id}-desc` }, description)] : []),
      ...(options.standalone ? [`<style>${options.standalone.style}</style>`] : []),
      ...frame.marks.map(chartMarkSvg),
    ],
  );
}
