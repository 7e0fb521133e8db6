import { geoLength } from 'd3-geo';
import type { Geometry, Feature } from 'geojson';

/** Mean Earth radius (IUGG), km: the radius every length in this project is measured with. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Geodesic (great-circle) length of a line geometry in kilometres. */
export function lengthKm(geometry: Geometry | Feature): number {
  return geoLength(geometry) * EARTH_RADIUS_KM;
}
