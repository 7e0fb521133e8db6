/**
 * The live map's marks: sectors, leaders, event and place markers, every label, the inset and the
 * scale bar, joined by key to what is on screen (the build's elements included), with new marks
 * fading in. The same helpers as the build's serialiser (render/map-svg.ts) set their classes.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { EventMark, MapFrame, PlaceMark, SectorMark } from '../map/frame.ts';
import { eventMarkerPath, placeRadius } from '../map/marks.ts';
import { countryClass, eventClass, insetTransform, mapLabels, placeClass, placeDots, scaleBarPath, type DrawnLabel } from '../render/map-markup.ts';
import { round1 as r } from '../render/xml.ts';
import { byId, type MapLayers } from './map-layers.ts';

export function drawMarks(layers: MapLayers, frame: MapFrame, duration: number): void {
  const { sectors, leaders, events, places, areaLabels, inset, scale } = layers;
  /** A label's text, and its second line (a toll) as a tspan under it. */
  const labelText = <D extends DrawnLabel>(g: Selection<SVGTextElement, D, SVGGElement, unknown>, cls: (l: D) => string) =>
    g
      .attr('class', cls)
      .attr('x', (l) => r(l.x))
      .attr('y', (l) => r(l.y))
      .attr('data-key', (l) => l.id)
      .attr('text-anchor', (l) => l.anchor)
      .text((l) => l.text)
      .each(function (l) {
        if (!l.sub) return;
        select(this).append('tspan').attr('class', 'map__label-sub').attr('x', r(l.x)).attr('dy', 13).text(l.sub);
      });

    const o = frame.overlay;
    const fade = <E extends Element, D>(s: Selection<E, D, SVGGElement, unknown>) => {
      if (duration > 0) s.style('opacity', 0).transition().delay(duration * 0.3).duration(duration * 0.7).style('opacity', 1);
      else s.style('opacity', 1);
      return s;
    };
    events
      .selectAll<SVGPathElement, EventMark>('path')
      .data(o.events, byId)
      .join(
        (enter) => fade(enter.append('path')),
        (update) => update.style('opacity', 1), // in full, if an interrupted draw caught it mid-fade
        (exit) => exit.remove(),
      )
      .attr('class', eventClass)
      .attr('data-key', (e) => e.id)
      .attr('data-event-marker', (e) => e.id)
      .attr('d', eventMarkerPath);
    places
      .selectAll<SVGCircleElement, PlaceMark>('circle')
      .data(placeDots(o), byId)
      .join(
        (enter) => fade(enter.append('circle')),
        (update) => update.style('opacity', 1), // in full, if an interrupted draw caught it mid-fade
        (exit) => exit.remove(),
      )
      .attr('class', placeClass)
      .attr('data-key', (p) => p.id)
      .attr('data-place', (p) => p.id)
      .attr('cx', (p) => r(p.x))
      .attr('cy', (p) => r(p.y))
      .attr('r', placeRadius);
    sectors
      .selectAll<SVGPathElement, SectorMark>('path')
      .data(o.sectors, byId)
      .join('path')
      .attr('class', 'map__sector')
      .attr('data-key', (c) => c.id)
      .attr('d', (c) => c.d);
    const labels = mapLabels(o);
    labelText(
      areaLabels
        .selectAll<SVGTextElement, DrawnLabel>('text')
        .data(labels, byId)
        .join(
          (enter) => fade(enter.append('text')),
          (update) => update.style('opacity', 1), // in full, if an interrupted draw caught it mid-fade
          (exit) => exit.remove(),
        ),
      (l) => l.cls,
    );
    leaders
      .selectAll<SVGLineElement, DrawnLabel>('line')
      .data(
        labels.filter((l) => l.leader),
        byId,
      )
      .join('line')
      .attr('class', 'map__leader')
      .attr('data-key', (l) => l.id)
      .attr('x1', (l) => r(l.leader!.x1))
      .attr('y1', (l) => r(l.leader!.y1))
      .attr('x2', (l) => r(l.leader!.x2))
      .attr('y2', (l) => r(l.leader!.y2));

    const ins = o.inset;
    inset.attr('display', ins ? null : 'none');
    if (ins) inset.attr('transform', insetTransform(frame, ins));
    if (ins) {
      inset.selectAll('rect.map__inset-water').data([ins]).join('rect').attr('class', 'map__inset-water map__water').attr('width', ins.width).attr('height', ins.height);
      inset
        .selectAll<SVGPathElement, { id: string; d: string; focus: boolean }>('path.map__inset-country')
        .data(ins.countries, byId)
        .join('path')
        .attr('class', (c) => `map__inset-country ${countryClass(c.id, c.focus)}`)
        .attr('data-key', (c) => c.id)
        .attr('d', (c) => c.d);
      inset.selectAll('path.map__inset-box').data([ins]).join('path').attr('class', 'map__inset-box').attr('d', ins.box);
      inset.selectAll('rect.map__inset-frame').data([ins]).join('rect').attr('class', 'map__inset-frame').attr('width', ins.width).attr('height', ins.height);
    }
    const bar = o.scaleBar;
    scale.attr('display', bar ? null : 'none');
    if (bar) {
      scale.attr('transform', `translate(${r(bar.x)},${r(bar.y)})`);
      scale.selectAll('path').data([bar]).join('path').attr('d', scaleBarPath(bar.width));
      scale.selectAll('text').data([bar]).join('text').attr('x', bar.width / 2).attr('y', -7).attr('text-anchor', 'middle').text(bar.label);
    }
}
