/**
 * Decodes one of the TopoJSON files into the features the renderer draws. Runs at build time
 * and in the browser alike (topojson-client only).
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface GeoData {
  countries: AreaFeature[];
  enclaves: AreaFeature[];
  regions: AreaFeature[];
  lakes: AreaFeature[];
  /** every international border in the file */
  borders: MultiLineString;
  /** the Kyrgyzstan–Tajikistan line, Vorukh's perimeter included */
  kgTj: MultiLineString;
}

function collection(topo: Topology, name: string): AreaFeature[] {
  const object = topo.objects[name] as GeometryCollection | undefined;
  if (!object) return [];
  return (feature(topo, object) as FeatureCollection).features as AreaFeature[];
}

export function decodeTopology(topo: Topology): GeoData {
  return {
    countries: collection(topo, 'countries'),
    enclaves: collection(topo, 'enclaves'),
    regions: collection(topo, 'regions'),
    lakes: collection(topo, 'lakes'),
    borders: mesh(topo, topo.objects.borders as never),
    kgTj: mesh(topo, topo.objects.kg_tj as never),
  };
}
