/**
 * Sectors: another view's area outlined on this map (a chapter's stretch of the line), with its
 * name at its top edge where that spot is free.
 */
import type { GeoProjection } from 'd3-geo';
import { clamp, overlaps, type Box } from '../geometry/boxes.ts';
import type { SectorMark } from './frame.ts';
import type { Formats } from '../i18n/format.ts';
import { textWidth } from '../i18n/measure.ts';
import { labelBox, type Label } from './labels.ts';
import { EDGE } from './placement.ts';
import type { Size } from './projection.ts';
import { VIEWS, type ViewId } from './views.ts';

/** Another view's focus box, outlined on this map, with its name at its top edge. */
function sectorMark(id: ViewId, projection: GeoProjection): { id: ViewId; d: string; box: Box } | null {
  const e = VIEWS[id].focus;
  const ring: [number, number][] = [];
  const n = 8;
  for (let i = 0; i <= n; i++) ring.push([e.west + ((e.east - e.west) * i) / n, e.north]);
  for (let i = 1; i <= n; i++) ring.push([e.east, e.north - ((e.north - e.south) * i) / n]);
  for (let i = 1; i <= n; i++) ring.push([e.east - ((e.east - e.west) * i) / n, e.south]);
  for (let i = 1; i < n; i++) ring.push([e.west, e.south + ((e.north - e.south) * i) / n]);
  const points = ring.map((p) => projection(p)).filter((p): p is [number, number] => !!p);
  if (points.length < 4) return null;
  const r = (v: number) => Math.round(v * 10) / 10;
  const d = `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { id, d, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
}


/** The outlined sectors; each claims its name's spot at its top edge. */
export function sectorMarks(ids: ViewId[], projection: GeoProjection, size: Size, taken: Box[], fmt: Formats): SectorMark[] {
  const sectors: SectorMark[] = [];
  for (const id of ids) {
    const mark = sectorMark(id, projection);
    if (!mark) continue;
    const text = fmt.t(`map.sector.${id}`);
    const w = textWidth(text, 'place');
    const spot: Label = { id: `sector-${id}`, text, x: clamp(mark.box.x0 + 4, EDGE, size.width - w - EDGE), y: clamp(mark.box.y0 - 5, 14, size.height - 22), anchor: 'start' };
    const box = labelBox(spot, w);
    const free = !taken.some((t) => overlaps(t, box));
    if (free) taken.push(box);
    sectors.push({ id, d: mark.d, label: free ? spot : null });
  }
  return sectors;
}
