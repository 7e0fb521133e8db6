/**
 * Which country polygon of the built geometry contains a point. Uses the finest data file that
 * covers the point (detail, then overview), with d3-geo's spherical point-in-polygon test, so a
 * wrongly wound polygon shows up here as a place "in" the wrong country.
 */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_EXTENTS, extentContains, type DataFileId } from './extents.ts';

const FINEST_FIRST: DataFileId[] = ['detail', 'border', 'overview'];

export function makeCountryLocator(files: Record<DataFileId, Topology>) {
  const countries = Object.fromEntries(
    FINEST_FIRST.map((id) => {
      const topo = files[id];
      const fc = feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection;
      return [id, fc.features];
    }),
  ) as Record<DataFileId, Feature[]>;

  /** ISO alpha-3 of the containing country, null if none, undefined if outside every data file. */
  return function countryAt(point: [number, number]): string | null | undefined {
    const file = FINEST_FIRST.find((id) => extentContains(DATA_EXTENTS[id], point));
    if (!file) return undefined;
    const hit = countries[file].find((f) => geoContains(f, point));
    return hit ? String(hit.id) : null;
  };
}
