/**
 * Draws a MapFrame (from computeMap) into the live SVG with D3, and animates from whatever is on
 * screen to it. It takes over the markup the build wrote (render/map-svg.ts: the same groups,
 * elements, classes and data-key attributes, set by the same helpers) and never redraws what is
 * already there: a new view moves the camera (one transform on a group, strokes kept constant by
 * vector-effect) and then swaps in the geometry projected for that view; a new state on the same
 * view fades layers and marks in and out and draws the line on. Every transition is interrupted
 * before the next, so scrolling fast never stacks them; with duration 0 (reduced motion, resize,
 * jumps) the state is simply set.
 */
import { select, type Selection } from 'd3-selection';
import { easeCubicInOut } from 'd3-ease';
import 'd3-transition';
import type { GeoProjection } from 'd3-geo';
import type { EventMark, MapBase, MapFrame, PathItem, PlaceMark, SectorMark } from '../map/frame.ts';
import { eventMarkerPath, placeRadius } from '../map/marks.ts';
import { VIEWS } from '../map/views.ts';
import {
  countryClass,
  eventClass,
  insetTransform,
  lineDashOf,
  mapLabels,
  placeClass,
  placeDots,
  scaleBarPath,
  shownEnclaves,
  shownRegions,
  type DrawnLabel,
} from '../render/map-svg.ts';
import { round1 as r } from '../render/xml.ts';
import { cameraBetween, cameraTransform, focusCorners } from '../map/camera.ts';

/**
 * A data join's key: the datum's id, or, for an element the build wrote (no datum bound yet), its
 * data-key attribute, so a join matches the server's elements instead of replacing them.
 */
function byId(this: unknown, d: { id: string }): string {
  const datum = d as { id: string } | undefined;
  return datum === undefined ? ((this as Element).getAttribute('data-key') ?? '') : datum.id;
}

type G = Selection<SVGGElement, unknown, null, undefined> | Selection<SVGSVGElement, unknown, null, undefined>;

export interface MapRenderer {
  render(frame: MapFrame, projection: GeoProjection, duration: number): void;
  /** The frame the build drew into the svg (view and size; its projection asked for when needed);
   * `borrowed`: its base layers are another drawing's, scaled, and are drawn afresh first. */
  adopt(drawn: { view: MapBase['view']; width: number; height: number; projection: () => GeoProjection; borrowed: boolean }): void;
}

type Shown = { frame: Pick<MapFrame, 'view' | 'width' | 'height'>; projection: () => GeoProjection };

export function createMapRenderer(svg: SVGSVGElement): MapRenderer {
  const root = select(svg);
  /** the group or element of this class the build wrote, or a new one where it did not */
  const part = <E extends Element>(parent: G, tag: string, cls: string): Selection<E, unknown, null, undefined> => {
    const p = parent as Selection<SVGGElement, unknown, null, undefined>;
    const found = p.select<E>(`:scope > .${cls.split(' ')[0]}`);
    return (found.empty() ? p.append(tag).attr('class', cls) : found) as unknown as Selection<E, unknown, null, undefined>;
  };
  const layer = (parent: G, cls: string) => part<SVGGElement>(parent, 'g', cls);
  const camera = layer(root, 'map__camera');
  const water = part<SVGRectElement>(camera, 'rect', 'map__water');
  const countries = layer(camera, 'map__countries');
  const regions = layer(camera, 'map__regions');
  const lakes = part<SVGPathElement>(camera, 'path', 'map__lakes');
  const borders = part<SVGPathElement>(camera, 'path', 'map__borders');
  const enclaves = layer(camera, 'map__enclaves');
  const band = layer(camera, 'map__band-layer');
  const line = layer(camera, 'map__line-layer');
  const closure = layer(camera, 'map__closed-layer');
  const marks = layer(root, 'map__marks');
  const sectors = layer(marks, 'map__sectors');
  const leaders = layer(marks, 'map__leaders');
  const events = layer(marks, 'map__events');
  const places = layer(marks, 'map__places');
  const areaLabels = layer(marks, 'map__area-labels');
  const inset = layer(root, 'map__inset');
  const scale = layer(root, 'map__scale');

  let shown: Shown | null = null;
  /** whether the base's elements carry their data yet (the build's do not, until bound) */
  let bound = false;
  const keyOf = (e: Element) => e.getAttribute('data-key') ?? '';
  /** false while the camera moves: an interrupted move leaves the old geometry half-zoomed */
  let settled = true;

  /** Binds a frame's base data to the elements the build drew for it, changing nothing on screen. */
  const bindBase = (frame: MapFrame) => {
    countries.selectAll<SVGPathElement, { id: string }>('path').data(frame.countries, byId);
    line.selectAll<SVGPathElement, { id: string }>('path').data(frame.line, byId);
    bound = true;
  };

  const drawBase = (frame: MapFrame) => {
    bound = true;
    camera.selectAll(':scope > use').remove(); // a borrowed drawing's base (see adopt)
    svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
    water.attr('width', frame.width).attr('height', frame.height);
    countries
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.countries, byId)
      .join('path')
      .attr('class', (c) => countryClass(c.id, false))
      .attr('data-key', (c) => c.id)
      .attr('d', (c) => c.d);
    lakes.attr('d', frame.lakes);
    borders.attr('d', frame.borders);
    line
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.line, byId)
      .join('path')
      .attr('class', 'map__line')
      .attr('data-key', (c) => c.id)
      .attr('d', (c) => c.d);
  };

  /** Tints, visible layers and the line: the parts of the overlay that style the base. */
  const styleBase = (frame: MapFrame, duration: number) => {
    const o = frame.overlay;
    const t = <E extends Element>(s: Selection<E, unknown, null, undefined> | Selection<E, any, any, any>) =>
      duration > 0 ? s.transition().duration(duration).ease(easeCubicInOut) : s;
    countries.selectAll<SVGPathElement, unknown>('path').classed('is-focus', function () {
      return o.focus.includes(keyOf(this));
    });
    // regions, enclaves and the band are drawn only while shown: fading in, and out before they go
    const shownOnly = (g: Selection<SVGGElement, unknown, null, undefined>, items: PathItem[], cls: string) =>
      t(
        g
          .selectAll<SVGPathElement, PathItem>('path')
          .data(items, byId)
          .join(
            (enter) => enter.append('path').attr('class', cls).attr('data-key', (c) => c.id).style('opacity', duration > 0 ? 0 : 1),
            (update) => update,
            (exit) => (duration > 0 ? exit.transition().duration(duration).style('opacity', 0).remove() : exit.remove()),
          )
          .attr('d', (c) => c.d),
      ).style('opacity', 1);
    shownOnly(regions, shownRegions(frame), 'map__region');
    shownOnly(enclaves, shownEnclaves(frame), 'map__enclave');
    band
      .selectAll<SVGPathElement, PathItem>('path')
      .data(o.band ? frame.line : [], byId)
      .join('path')
      .attr('class', 'map__band')
      .attr('data-key', (c) => c.id)
      .attr('d', (c) => c.d)
      .style('stroke-width', o.band ? `${o.band.width}px` : '0');
    closure.attr('display', o.line.closed ? null : 'none');
    closure
      .selectAll<SVGPathElement, string>('path')
      .data(o.line.closed ? [o.line.ticks] : [])
      .join('path')
      .attr('class', 'map__line-closed')
      .attr('d', (d) => d);
    line.selectAll<SVGPathElement, MapFrame['line'][number]>('path').each(function (piece) {
      const path = select(this);
      const dash = lineDashOf(o, piece);
      const visible = o.line.progress > 0;
      path.style('opacity', visible ? 1 : 0);
      const from = path.attr('data-dash') ?? `0 ${Math.ceil(piece.length) + 1}`;
      path.attr('data-dash', dash);
      // dash patterns interpolate between two number pairs; 'none' (fully drawn) is the full length
      const full = `${piece.length} ${Math.ceil(piece.length) + 1}`;
      const target = dash === 'none' ? full : dash;
      const start = from === 'none' ? full : from;
      if (duration > 0 && o.line.status === 'drawn' && start !== target) {
        path
          .style('stroke-dasharray', start)
          .transition()
          .duration(duration * 1.6)
          .ease(easeCubicInOut)
          .style('stroke-dasharray', target)
          .on('end', () => path.style('stroke-dasharray', dash));
      } else {
        path.style('stroke-dasharray', dash);
      }
    });
  };

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

  const drawMarks = (frame: MapFrame, duration: number) => {
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
  };

  return {
    adopt(drawn) {
      shown = drawn.borrowed ? null : { frame: drawn, projection: drawn.projection };
      settled = true;
      bound = false;
    },
    render(frame, projection, duration) {
      root.selectAll('*').interrupt();
      camera.interrupt();
      marks.interrupt().style('opacity', 1);
      const previous = settled ? shown : null;
      shown = { frame, projection: () => projection };
      const sameBase =
        previous && previous.frame.view === frame.view && previous.frame.width === frame.width && previous.frame.height === frame.height;
      if (sameBase) {
        if (!bound) bindBase(frame);
        styleBase(frame, duration);
        drawMarks(frame, duration);
        return;
      }
      if (!previous || duration === 0 || previous.frame.width !== frame.width || previous.frame.height !== frame.height) {
        settled = true;
        camera.attr('transform', null);
        drawBase(frame);
        styleBase(frame, 0);
        drawMarks(frame, 0);
        return;
      }
      // A new view: fade the marks, move the camera over the old geometry, then swap it for the new.
      const c = cameraBetween(previous.projection(), projection, focusCorners(VIEWS[frame.view].focus));
      settled = false;
      marks.transition().duration(duration * 0.25).style('opacity', 0);
      camera
        .transition()
        .duration(duration)
        .ease(easeCubicInOut)
        .attr('transform', cameraTransform(c))
        .on('end', () => {
          settled = true;
          camera.attr('transform', null);
          drawBase(frame);
          styleBase(frame, 0);
          drawMarks(frame, 0);
          marks.style('opacity', 0).transition().duration(duration * 0.4).style('opacity', 1);
        });
    },
  };
}
