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
import { cameraBetween, cameraTransform, focusCorners } from '../map/camera.ts';
import type { MapBase, MapFrame, PathItem } from '../map/frame.ts';
import { VIEWS } from '../map/views.ts';
import { countryClass, lineDashOf, shownEnclaves, shownRegions } from '../render/map-markup.ts';
import { drawMarks } from './draw-map-marks.ts';
import { byId, mapLayers } from './map-layers.ts';

export interface MapRenderer {
  render(frame: MapFrame, projection: GeoProjection, duration: number): void;
  /** The frame the build drew into the svg (view and size; its projection asked for when needed);
   * `borrowed`: its base layers are another drawing's, scaled, and are drawn afresh first. */
  adopt(drawn: { view: MapBase['view']; width: number; height: number; projection: () => GeoProjection; borrowed: boolean }): void;
}

type Shown = { frame: Pick<MapFrame, 'view' | 'width' | 'height'>; projection: () => GeoProjection };

export function createMapRenderer(svg: SVGSVGElement): MapRenderer {
  const layers = mapLayers(svg);
  const { root, camera, water, countries, regions, lakes, borders, enclaves, band, line, closure, marks } = layers;
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
    // what it shows now (the build wrote these for its own drawing)
    svg.dataset.view = frame.view;
    svg.dataset.size = `${frame.width}x${frame.height}`;
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
        drawMarks(layers, frame, duration);
        return;
      }
      if (!previous || duration === 0 || previous.frame.width !== frame.width || previous.frame.height !== frame.height) {
        settled = true;
        camera.attr('transform', null);
        drawBase(frame);
        styleBase(frame, 0);
        drawMarks(layers, frame, 0);
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
          drawMarks(layers, frame, 0);
          marks.style('opacity', 0).transition().duration(duration * 0.4).style('opacity', 1);
        });
    },
  };
}
