/**
 * The borders as obstacles for labels: every projected border segment, indexed on a coarse grid,
 * so a candidate label box can ask cheaply whether a border line runs through it. A label that
 * sits on the line it is about is the commonest map-label fault; the placement avoids it.
 *
 *   const hits = borderObstacles(geo, projection);
 *   hits({ x0, y0, x1, y1 }) // true if a border crosses the box
 */
import type { GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { projectedLines } from './screen.ts';
import type { GeoData } from './geo-data.ts';
import { segmentHitsBox, type Box, type Segment } from '../geometry/boxes.ts';

const CELL = 24;

function projectedSegments(lines: MultiLineString, projection: GeoProjection): Segment[] {
  return projectedLines(lines, projection).flatMap((points) => points.slice(1).map(([x, y], i): Segment => [points[i]![0], points[i]![1], x, y]));
}

function index(segments: Segment[]): Map<string, Segment[]> {
  const grid = new Map<string, Segment[]>();
  for (const s of segments) {
    const [cx0, cx1] = [Math.floor(Math.min(s[0], s[2]) / CELL), Math.floor(Math.max(s[0], s[2]) / CELL)];
    const [cy0, cy1] = [Math.floor(Math.min(s[1], s[3]) / CELL), Math.floor(Math.max(s[1], s[3]) / CELL)];
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const key = `${cx},${cy}`;
        const cell = grid.get(key);
        if (cell) cell.push(s);
        else grid.set(key, [s]);
      }
    }
  }
  return grid;
}

const memo = new WeakMap<GeoProjection, WeakMap<GeoData, (box: Box) => boolean>>();

/** A test of whether any international border (the Kyrgyzstan–Tajikistan line included) crosses a box. */
export function borderObstacles(geo: GeoData, projection: GeoProjection): (box: Box) => boolean {
  let byGeo = memo.get(projection);
  if (!byGeo) memo.set(projection, (byGeo = new WeakMap()));
  const known = byGeo.get(geo);
  if (known) return known;
  const segments = [...projectedSegments(geo.borders, projection), ...projectedSegments(geo.kgTj, projection)];
  const grid = index(segments);
  const hits = (box: Box): boolean => {
    const seen = new Set<Segment>();
    for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); cx++) {
      for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); cy++) {
        for (const s of grid.get(`${cx},${cy}`) ?? []) {
          if (seen.has(s)) continue;
          seen.add(s);
          if (segmentHitsBox(s, box)) return true;
        }
      }
    }
    return false;
  };
  byGeo.set(geo, hits);
  return hits;
}
