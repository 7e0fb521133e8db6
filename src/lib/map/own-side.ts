/**
 * Which side of the border a label box is on: labels stay in their place's own country.
 */
import { geoContains, type GeoProjection } from 'd3-geo';
import type { Box } from '../geometry/boxes.ts';
import type { MapPlace } from './frame.ts';
import type { GeoData } from './geo-data.ts';
import { containsPixel } from './screen.ts';

/**
 * How far a label box lies in the place's own country (or, for a place in one of its enclaves,
 * that enclave): how many of its middle line's ends and centre are inside, 0 to 3. Undefined when
 * the view's data lacks that country.
 */
export function sameSide(place: MapPlace, x: number, y: number, geo: GeoData, projection: GeoProjection): ((box: Box) => number) | undefined {
  const at = (px: number, py: number) => projection.invert?.([px, py]) ?? null;
  const here = at(x, y);
  if (!place.country) return undefined;
  const area =
    (here && geo.enclaves.find((f) => f.properties.owner === place.country && geoContains(f, here))) ||
    geo.countries.find((f) => f.id === place.country);
  if (!area) return undefined;
  const inArea = containsPixel(area, projection);
  return (box) => {
    const my = (box.y0 + box.y1) / 2;
    return [box.x0 + 2, (box.x0 + box.x1) / 2, box.x1 - 2].filter((px) => inArea(px, my)).length;
  };
}