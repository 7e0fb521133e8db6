/**
 * Draws a ChartFrame (from computeChart) into the live chart SVG, joining marks by key (the keys
 * and attributes of render/chart-svg.ts, the serialiser of the still charts): marks that
 * stay move to their new place, new ones fade in, gone ones fade out. Duration 0 sets the frame.
 */
import { select } from 'd3-selection';
import { easeCubicInOut } from 'd3-ease';
import 'd3-transition';
import type { ChartFrame, ChartMark } from '../chart/marks.ts';
import { CHART_ATTRS, chartMarkKey } from '../render/chart-markup.ts';

export function renderChart(svg: SVGSVGElement, frame: ChartFrame, duration: number): void {
  const root = select(svg);
  root.selectAll('*').interrupt().interrupt('fade');
  if (svg.dataset.chart !== frame.kind) {
    // a different chart: start from empty rather than morphing unrelated marks
    root.selectAll('*').remove();
    duration = 0;
  }
  svg.dataset.chart = frame.kind;
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  root
    .selectAll<SVGElement, ChartMark>('[data-key]')
    .data(frame.marks, chartMarkKey)
    .join(
      (enter) =>
        enter
          .append((m) => document.createElementNS('http://www.w3.org/2000/svg', m.type))
          .attr('data-key', (m) => m.key)
          .each(function (m) {
            const el = select(this);
            for (const a of CHART_ATTRS[m.type]) el.attr(a, (m as unknown as Record<string, number | string>)[a]!);
            // a named transition, so the move below (the default name) does not cancel it
            if (duration > 0) el.style('opacity', 0).transition('fade').duration(duration).style('opacity', 1);
          }),
      // a mark caught mid-fade by an interrupted draw comes back in full
      (update) => update.style('opacity', null),
      (exit) => (duration > 0 ? exit.transition('fade').duration(duration / 2).style('opacity', 0).remove() : exit.remove()),
    )
    .attr('class', (m) => m.class)
    .each(function (m) {
      const el = select(this);
      if (m.type === 'text') el.attr('text-anchor', m.anchor).text(m.text);
      const move = duration > 0 ? el.transition().duration(duration).ease(easeCubicInOut) : el;
      for (const a of CHART_ATTRS[m.type]) move.attr(a, (m as unknown as Record<string, number | string>)[a]!);
    });
}
