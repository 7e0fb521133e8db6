/**
 * A map frame as SVG markup: the one serialiser of a MapFrame. The build writes the sticky
 * graphic's first map and every still figure with it; the live renderer (client/render-map.ts)
 * takes over that markup and uses the same helpers below for the same elements, classes and
 * keys (`data-key`), so what the browser draws and what the build drew cannot drift apart.
 *
 *   mapSvg(frame, { className: 'map map--live', preserveAspectRatio: 'xMidYMid slice' })
 *   mapSvg(frame, { standalone: { style }, title, description, furniture })   // a file of its own
 *
 * Structure (the live renderer relies on it):
 *   svg > g.map__camera  (water, countries, regions, lakes, borders, enclaves, band, line, closed ticks)
 *       > g.map__marks   (sectors, leaders, events, places, labels)
 *       > g.map__inset, g.map__scale, and, in a still figure, g.map__furniture (stamp, counter, credit)
 */
import type { MapFrame } from '../map/frame.ts';
import { textWidth } from '../i18n/measure.ts';
import { eventMarkerPath, placeRadius } from '../map/marks.ts';
import { el, escapeXml, round1 as r, type Attrs } from './xml.ts';
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
} from './map-markup.ts';
/** The furniture a still figure draws in (the live graphic prints it in HTML over the map). */
export interface MapFigureFurniture {
  stamp: string | null;
  /** the running km figure, formatted ("≈ 1,010 km") */
  counter: string | null;
  credit: string;
}

export interface MapSvgOptions {
  className?: string;
  preserveAspectRatio?: string;
  /** a file of its own: the namespace and the styles (as resolved CSS, see standalone-style.ts) inline */
  standalone?: { style: string };
  /** id prefix for <title> and <desc>, and their text: an accessible image */
  id?: string;
  title?: string;
  description?: string;
  furniture?: MapFigureFurniture;
  /** the svg's own size attributes (a still figure has them; the live graphic is sized by CSS) */
  sized?: boolean;
  /** an id for the base layers (the camera group), so another drawing can borrow them */
  cameraId?: string;
  /** draw another drawing's base layers (by its cameraId) under this frame's marks, moved and
   * scaled onto it, instead of this frame's own: the same view at another size, for nothing */
  borrowCamera?: { href: string; transform: string };
}

const text = (l: DrawnLabel) =>
  el('text', { class: l.cls, 'data-key': l.id, x: r(l.x), y: r(l.y), 'text-anchor': l.anchor }, [
    escapeXml(l.text),
    ...(l.sub ? [el('tspan', { class: 'map__label-sub', x: r(l.x), dy: 13 }, l.sub)] : []),
  ]);

function camera(frame: MapFrame, options: MapSvgOptions): string {
  const o = frame.overlay;
  const borrow = options.borrowCamera;
  // another drawing's base, moved and scaled onto this frame (strokes keep their width)
  if (borrow) return el('g', { class: 'map__camera', transform: borrow.transform }, [el('use', { href: borrow.href })]);
  return el('g', { class: 'map__camera', id: options.cameraId ?? null }, [
    el('rect', { class: 'map__water', width: frame.width, height: frame.height }),
    el('g', { class: 'map__countries' }, frame.countries.map((c) => el('path', { class: countryClass(c.id, o.focus.includes(c.id)), 'data-key': c.id, d: c.d }))),
    // regions, enclaves and the band are drawn only where shown (the live graphic adds and fades them)
    el('g', { class: 'map__regions' }, shownRegions(frame).map((c) => el('path', { class: 'map__region', 'data-key': c.id, d: c.d }))),
    el('path', { class: 'map__lakes', d: frame.lakes }),
    el('path', { class: 'map__borders', d: frame.borders }),
    el('g', { class: 'map__enclaves' }, shownEnclaves(frame).map((c) => el('path', { class: 'map__enclave', 'data-key': c.id, d: c.d }))),
    el(
      'g',
      { class: 'map__band-layer' },
      o.band ? frame.line.map((l) => el('path', { class: 'map__band', 'data-key': l.id, d: l.d, style: `stroke-width:${o.band!.width}px` })) : [],
    ),
    el(
      'g',
      { class: 'map__line-layer' },
      frame.line.map((l) => {
        const dash = lineDashOf(o, l);
        return el('path', { class: 'map__line', 'data-key': l.id, d: l.d, 'data-dash': dash, style: `opacity:${o.line.progress > 0 ? 1 : 0};stroke-dasharray:${dash}` });
      }),
    ),
    el('g', { class: 'map__closed-layer', display: o.line.closed ? null : 'none' }, o.line.closed ? [el('path', { class: 'map__line-closed', d: o.line.ticks })] : []),
  ]);
}

function marks(frame: MapFrame): string {
  const o = frame.overlay;
  const labels = mapLabels(o);
  return el('g', { class: 'map__marks' }, [
    el('g', { class: 'map__sectors' }, o.sectors.map((c) => el('path', { class: 'map__sector', 'data-key': c.id, d: c.d }))),
    el(
      'g',
      { class: 'map__leaders' },
      labels.flatMap((l) => (l.leader ? [el('line', { class: 'map__leader', 'data-key': l.id, x1: r(l.leader.x1), y1: r(l.leader.y1), x2: r(l.leader.x2), y2: r(l.leader.y2) })] : [])),
    ),
    el('g', { class: 'map__events' }, o.events.map((e) => el('path', { class: eventClass(e), 'data-key': e.id, 'data-event-marker': e.id, d: eventMarkerPath(e) }))),
    el(
      'g',
      { class: 'map__places' },
      placeDots(o).map((p) => el('circle', { class: placeClass(p), 'data-key': p.id, 'data-place': p.id, cx: r(p.x), cy: r(p.y), r: placeRadius(p) })),
    ),
    el('g', { class: 'map__area-labels' }, labels.map(text)),
  ]);
}

function inset(frame: MapFrame): string {
  const ins = frame.overlay.inset;
  if (!ins) return el('g', { class: 'map__inset', display: 'none' }, []);
  return el('g', { class: 'map__inset', transform: insetTransform(frame, ins) }, [
    el('rect', { class: 'map__inset-water map__water', width: ins.width, height: ins.height }),
    ...ins.countries.map((c) => el('path', { class: `map__inset-country ${countryClass(c.id, c.focus)}`, 'data-key': c.id, d: c.d })),
    el('path', { class: 'map__inset-box', d: ins.box }),
    el('rect', { class: 'map__inset-frame', width: ins.width, height: ins.height }),
  ]);
}

function scale(frame: MapFrame): string {
  const bar = frame.overlay.scaleBar;
  if (!bar) return el('g', { class: 'map__scale', display: 'none' }, []);
  return el('g', { class: 'map__scale', transform: `translate(${r(bar.x)},${r(bar.y)})` }, [
    el('path', { d: scaleBarPath(bar.width) }),
    el('text', { x: bar.width / 2, y: -7, 'text-anchor': 'middle' }, bar.label),
  ]);
}

function furniture(frame: MapFrame, f: MapFigureFurniture): string {
  return el('g', { class: 'map__furniture' }, [
    ...(f.stamp ? [el('text', { class: 'map__stamp', x: 10, y: 22 }, f.stamp)] : []),
    ...(f.counter ? [el('text', { class: 'map__counter', x: 10, y: f.stamp ? 44 : 22 }, f.counter)] : []),
    el('g', { class: 'map__credit' }, [
      el('rect', { x: 0, y: frame.height - 16, width: r(textWidth(f.credit, 'credit') + 8), height: 16 }),
      el('text', { class: 'map__attribution', x: 4, y: frame.height - 5 }, f.credit),
    ]),
  ]);
}

export function mapSvg(frame: MapFrame, options: MapSvgOptions = {}): string {
  const { id, title, description } = options;
  const accessible = id && title;
  const root: Attrs = {
    xmlns: 'http://www.w3.org/2000/svg',
    class: options.className ?? 'map',
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    width: options.sized ? frame.width : null,
    height: options.sized ? frame.height : null,
    preserveAspectRatio: options.preserveAspectRatio ?? null,
    role: accessible ? 'img' : null,
    'aria-labelledby': accessible ? `${id}-title` : null,
    'aria-describedby': accessible && description ? `${id}-desc` : null,
    'data-view': frame.view,
    'data-size': `${frame.width}x${frame.height}`,
  };
  return el('svg', root, [
    ...(accessible ? [el('title', { id: `${id}-title` }, title!)] : []),
    ...(accessible && description ? [el('desc', { id: `${id}-desc` }, description)] : []),
    ...(options.standalone ? [`<style>${options.standalone.style}</style>`] : []),
    camera(frame, options),
    marks(frame),
    inset(frame),
    scale(frame),
    ...(options.furniture ? [furniture(frame, options.furniture)] : []),
  ]);
}
