/**
 * Draws a MapFrame (from computeMap) into the live SVG with D3, and animates from whatever is on
 * screen to it: a new view moves the camera (one transform on a group, strokes kept constant by
 * vector-effect) and then swaps in the geometry projected for that view; a new state on the same
 * view fades layers and marks in and out and draws the line on. Every transition is interrupted
 * before the next, so scrolling fast never stacks them; with duration 0 (reduced motion, resize,
 * jumps) the state is simply set.
 */
import { select, type Selection } from 'd3-selection';
import { easeCubicInOut } from 'd3-ease';
import 'd3-transition';
import type { GeoProjection } from 'd3-geo';
import type { EventMark, Label, MapFrame, PlaceMark, SectorMark } from '../map/compute-map.ts';
import { eventMarkerPath, placeRadius } from '../map/marks.ts';
import { VIEWS } from '../map/views.ts';

const r = (n: number) => Math.round(n * 10) / 10;

interface Camera {
  scale: number;
  x: number;
  y: number;
}

/**
 * The similarity transform that carries points drawn in one projection to where another draws
 * them, fitted (least squares) on the corners of the new view's focus box.
 */
export function cameraBetween(from: GeoProjection, to: GeoProjection, focus: [number, number][]): Camera {
  const pairs = focus.map((p) => [from(p), to(p)]).filter((pair): pair is [[number, number], [number, number]] => !!pair[0] && !!pair[1]);
  const n = pairs.length;
  const mean = (f: (p: [[number, number], [number, number]]) => number) => pairs.reduce((s, p) => s + f(p), 0) / n;
  const ax = mean((p) => p[0][0]);
  const ay = mean((p) => p[0][1]);
  const bx = mean((p) => p[1][0]);
  const by = mean((p) => p[1][1]);
  let num = 0;
  let den = 0;
  for (const [a, b] of pairs) {
    num += (a[0] - ax) * (b[0] - bx) + (a[1] - ay) * (b[1] - by);
    den += (a[0] - ax) ** 2 + (a[1] - ay) ** 2;
  }
  const scale = den > 0 ? num / den : 1;
  return { scale, x: bx - scale * ax, y: by - scale * ay };
}

type G = Selection<SVGGElement, unknown, null, undefined> | Selection<SVGSVGElement, unknown, null, undefined>;

export interface MapRenderer {
  render(frame: MapFrame, projection: GeoProjection, duration: number): void;
}

export function createMapRenderer(svg: SVGSVGElement): MapRenderer {
  const root = select(svg);
  const camera = root.append('g').attr('class', 'map__camera');
  const layer = (parent: G, cls: string): Selection<SVGGElement, unknown, null, undefined> =>
    (parent as Selection<SVGGElement, unknown, null, undefined>).append('g').attr('class', cls);
  const water = camera.append('rect').attr('class', 'map__water');
  const countries = layer(camera, 'map__countries');
  const regions = layer(camera, 'map__regions');
  const lakes = camera.append('path').attr('class', 'map__lakes');
  const borders = camera.append('path').attr('class', 'map__borders');
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

  let shown: { frame: MapFrame; projection: GeoProjection } | null = null;
  /** false while the camera moves: an interrupted move leaves the old geometry half-zoomed */
  let settled = true;

  const drawBase = (frame: MapFrame) => {
    svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
    water.attr('width', frame.width).attr('height', frame.height);
    countries
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.countries, (c) => c.id)
      .join('path')
      .attr('class', (c) => `map__country map__country--${c.id}`)
      .attr('d', (c) => c.d);
    regions
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.regions, (c) => c.id)
      .join('path')
      .attr('class', 'map__region')
      .attr('d', (c) => c.d);
    lakes.attr('d', frame.lakes);
    borders.attr('d', frame.borders);
    enclaves
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.enclaves, (c) => c.id)
      .join('path')
      .attr('class', 'map__enclave')
      .attr('d', (c) => c.d);
    line
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.line, (c) => c.id)
      .join('path')
      .attr('class', 'map__line')
      .attr('d', (c) => c.d);
    band
      .selectAll<SVGPathElement, { id: string; d: string }>('path')
      .data(frame.line, (c) => c.id)
      .join('path')
      .attr('class', 'map__band')
      .attr('d', (c) => c.d);
  };

  /** Tints, visible layers and the line: the parts of the overlay that style the base. */
  const styleBase = (frame: MapFrame, duration: number) => {
    const o = frame.overlay;
    const t = <E extends Element>(s: Selection<E, unknown, null, undefined> | Selection<E, any, any, any>) =>
      duration > 0 ? s.transition().duration(duration).ease(easeCubicInOut) : s;
    countries.selectAll<SVGPathElement, { id: string }>('path').classed('is-focus', (c) => o.focus.includes(c.id));
    t(regions.selectAll<SVGPathElement, { id: string }>('path')).style('opacity', (c: { id: string }) => (o.regions.includes(c.id) ? 1 : 0));
    t(enclaves.selectAll<SVGPathElement, { id: string }>('path')).style('opacity', (c: { id: string }) => (o.enclaves.includes(c.id) ? 1 : 0));
    band.attr('display', o.band ? null : 'none');
    band.selectAll<SVGPathElement, unknown>('path').style('stroke-width', o.band ? `${o.band.width}px` : '0');
    closure.attr('display', o.line.closed ? null : 'none');
    closure
      .selectAll<SVGPathElement, string>('path')
      .data(o.line.closed ? [o.line.ticks] : [])
      .join('path')
      .attr('class', 'map__line-closed')
      .attr('d', (d) => d);
    line.selectAll<SVGPathElement, MapFrame['line'][number]>('path').each(function (piece) {
      const path = select(this);
      const dash = o.line.dashes[piece.id] ?? 'none';
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
  const labelText = <D extends Label>(g: Selection<SVGTextElement, D, SVGGElement, unknown>, cls: (l: D) => string) =>
    g
      .attr('class', cls)
      .attr('x', (l) => r(l.x))
      .attr('y', (l) => r(l.y))
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
      .data(o.events, (e) => e.id)
      .join(
        (enter) => fade(enter.append('path')),
        (update) => update.style('opacity', 1), // in full, if an interrupted draw caught it mid-fade
        (exit) => exit.remove(),
      )
      .attr('class', (e) => `map__event${e.approximate ? ' is-approximate' : ''}${e.highlight ? ' is-highlight' : ''}`)
      .attr('data-event-marker', (e) => e.id)
      .attr('d', eventMarkerPath);
    places
      .selectAll<SVGCircleElement, PlaceMark>('circle')
      .data(
        o.places.filter((p) => !p.district),
        (p) => p.id,
      )
      .join(
        (enter) => fade(enter.append('circle')),
        (update) => update.style('opacity', 1), // in full, if an interrupted draw caught it mid-fade
        (exit) => exit.remove(),
      )
      .attr('class', (p) => (p.approximate ? 'map__place is-approximate' : 'map__place'))
      .attr('data-place', (p) => p.id)
      .attr('cx', (p) => r(p.x))
      .attr('cy', (p) => r(p.y))
      .attr('r', placeRadius);
    sectors
      .selectAll<SVGPathElement, SectorMark>('path')
      .data(o.sectors, (c) => c.id)
      .join('path')
      .attr('class', 'map__sector')
      .attr('d', (c) => c.d);
    const labels: (Label & { cls: string })[] = [
      ...o.events.flatMap((e) => (e.label ? [{ ...e.label, id: `event-${e.label.id}`, cls: 'map__label map__label--event' }] : [])),
      ...o.places.flatMap((p) =>
        p.label
          ? [{ ...p.label, id: `place-${p.label.id}`, cls: `map__label ${p.district ? 'map__label--district' : `map__label--place${p.capital ? ' map__label--capital' : ''}`}` }]
          : [],
      ),
      ...o.sectors.flatMap((c) => (c.label ? [{ ...c.label, cls: 'map__label map__label--sector' }] : [])),
      ...o.enclaveLabels.map((l) => ({ ...l, cls: 'map__label map__label--enclave' })),
      ...o.regionLabels.map((l) => ({ ...l, cls: 'map__label map__label--region' })),
      ...o.countryLabels.map((l) => ({ ...l, cls: `map__label map__label--country map__label--${l.id}` })),
    ];
    labelText(
      areaLabels
        .selectAll<SVGTextElement, Label & { cls: string }>('text')
        .data(labels, (l) => l.id)
        .join(
          (enter) => fade(enter.append('text')),
          (update) => update.style('opacity', 1), // in full, if an interrupted draw caught it mid-fade
          (exit) => exit.remove(),
        ),
      (l) => l.cls,
    );
    leaders
      .selectAll<SVGLineElement, Label>('line')
      .data(
        labels.filter((l) => l.leader),
        (l) => l.id,
      )
      .join('line')
      .attr('class', 'map__leader')
      .attr('x1', (l) => r(l.leader!.x1))
      .attr('y1', (l) => r(l.leader!.y1))
      .attr('x2', (l) => r(l.leader!.x2))
      .attr('y2', (l) => r(l.leader!.y2));

    const ins = o.inset;
    inset.attr('display', ins ? null : 'none');
    if (ins) inset.attr('transform', `translate(${frame.width - ins.width - 8},8)`);
    if (ins) {
      inset.selectAll('rect.map__inset-water').data([ins]).join('rect').attr('class', 'map__inset-water map__water').attr('width', ins.width).attr('height', ins.height);
      inset
        .selectAll<SVGPathElement, { id: string; d: string; focus: boolean }>('path.map__inset-country')
        .data(ins.countries, (c) => c.id)
        .join('path')
        .attr('class', (c) => `map__inset-country map__country map__country--${c.id}${c.focus ? ' is-focus' : ''}`)
        .attr('d', (c) => c.d);
      inset.selectAll('path.map__inset-box').data([ins]).join('path').attr('class', 'map__inset-box').attr('d', ins.box);
      inset.selectAll('rect.map__inset-frame').data([ins]).join('rect').attr('class', 'map__inset-frame').attr('width', ins.width).attr('height', ins.height);
    }
    const bar = o.scaleBar;
    scale.attr('display', bar ? null : 'none');
    if (bar) {
      scale.attr('transform', `translate(${r(bar.x)},${r(bar.y)})`);
      scale.selectAll('path').data([bar]).join('path').attr('d', `M0,-4V0H${bar.width}V-4`);
      scale.selectAll('text').data([bar]).join('text').attr('x', bar.width / 2).attr('y', -7).attr('text-anchor', 'middle').text(bar.label);
    }
  };

  return {
    render(frame, projection, duration) {
      root.selectAll('*').interrupt();
      camera.interrupt();
      marks.interrupt().style('opacity', 1);
      const previous = settled ? shown : null;
      shown = { frame, projection };
      const sameBase =
        previous && previous.frame.view === frame.view && previous.frame.width === frame.width && previous.frame.height === frame.height;
      if (sameBase) {
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
      const { west, south, east, north } = VIEWS[frame.view].focus;
      const corners: [number, number][] = [
        [west, south],
        [west, north],
        [east, south],
        [east, north],
        [(west + east) / 2, (south + north) / 2],
      ];
      const c = cameraBetween(previous.projection, projection, corners);
      settled = false;
      marks.transition().duration(duration * 0.25).style('opacity', 0);
      camera
        .transition()
        .duration(duration)
        .ease(easeCubicInOut)
        .attr('transform', `translate(${r(c.x)},${r(c.y)}) scale(${c.scale})`)
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
