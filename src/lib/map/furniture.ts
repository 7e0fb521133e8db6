/**
 * The furniture printed over a map, which labels keep clear of: the scale bar, the date stamp and
 * km counter in the top left corner, the locator inset in the top right, and the note at the foot
 * of the frame of what the map cannot show.
 */
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { Box } from '../geometry/boxes.ts';
import type { Formats } from '../i18n/format.ts';
import { textWidth } from '../i18n/measure.ts';
import { EARTH_RADIUS_KM } from '../geo/measure.ts';
import type { MapFurniture, MapOverlay } from './frame.ts';
import { INSET_SIZE } from './inset.ts';
import type { Size } from './projection.ts';

/** A scale bar in the top right corner (below the inset, if there is one). */
export function scaleBar(projection: GeoProjection, size: Size, top: number, fmt: Formats): MapOverlay['scaleBar'] {
  const a = projection.invert?.([size.width / 2, size.height / 2]);
  const b = projection.invert?.([size.width / 2 + 100, size.height / 2]);
  if (!a || !b) return null;
  const kmPer100px = geoDistance(a, b) * EARTH_RADIUS_KM;
  const nice = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].find((k) => (k / kmPer100px) * 100 >= 50) ?? 500;
  const width = Math.round((nice / kmPer100px) * 1000) / 10;
  return { x: size.width - width - 12, y: top + 22, width, label: fmt.t('map.km', { n: nice }) };
}

/** km per px at the middle of the frame (the scale bar and the band use it). */
export function kmPerPx(projection: GeoProjection, size: Size): number | null {
  const a = projection.invert?.([size.width / 2, size.height / 2]);
  const b = projection.invert?.([size.width / 2 + 100, size.height / 2]);
  return a && b ? (geoDistance(a, b) * EARTH_RADIUS_KM) / 100 : null;
}

/** The box the note at the foot of the live graphic covers: one line as wide as its text, or two
 * lines across the frame (story.css: 12 px italic, 15.6 px lines, 6.4 px from the edges). */
export function noteBox(note: string, size: Size): Box {
  const text = textWidth(note, 'note') + 12;
  const top = size.height - 58;
  return text <= size.width - 13 ? { x0: 0, y0: top, x1: text + 8, y1: top + 19 } : { x0: 0, y0: top, x1: size.width, y1: size.height };
}
/** The boxes the furniture of a frame covers, and its scale bar. */
export function furnitureBoxes(
  projection: GeoProjection,
  size: Size,
  fmt: Formats,
  o: { stamp: string | null; counter: boolean; inset: boolean; scale: boolean; note: string | null | undefined },
): { taken: Box[]; bar: MapOverlay['scaleBar'] } {
  const taken: Box[] = [];
  // the date stamp and the km counter sit in the top left corner, over the map (see story.css)
  const corner = [o.stamp, o.counter ? fmt.t('map.counter', { km: '000' }) : null].filter((t): t is string => !!t);
  if (corner.length > 0) taken.push({ x0: 0, y0: 0, x1: 24 + Math.max(...corner.map((t) => textWidth(t, 'stamp'))), y1: 10 + corner.length * 32 });
  // the locator inset and the scale bar sit in the top right corner
  const scaleTop = o.inset ? INSET_SIZE.height + 8 : 0;
  if (o.inset) taken.push({ x0: size.width - INSET_SIZE.width - 12, y0: 0, x1: size.width, y1: INSET_SIZE.height + 12 });
  if (o.note) taken.push(noteBox(o.note, size));
  const bar = o.scale ? scaleBar(projection, size, scaleTop, fmt) : null;
  if (bar) taken.push({ x0: bar.x - 4, y0: bar.y - 20, x1: bar.x + bar.width + 4, y1: bar.y + 4 });
  return { taken, bar };
}

export type { MapFurniture };
