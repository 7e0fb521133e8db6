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

const DECODERS: { [K in keyof GeoData]: (topo: Topology) => GeoData[K] } = {
  countries: (topo) => collection(topo, 'countries'),
  enclaves: (topo) => collection(topo, 'enclaves'),
  regions: (topo) => collection(topo, 'regions'),
  lakes: (topo) => collection(topo, 'lakes'),
  borders: (topo) => mesh(topo, topo.objects.borders as never),
  kgTj: (topo) => mesh(topo, topo.objects.kg_tj as never),
};

export function decodeTopology(topo: Topology): GeoData {
  return Object.fromEntries(Object.entries(DECODERS).map(([key, decode]) => [key, decode(topo)])) as unknown as GeoData;
}

/**
 * decodeTopology, with `pause()` awaited between layers: the browser decodes a file it fetched
 * while the reader scrolls in several short tasks rather than one long one.
 */
export async function decodeTopologyInSteps(topo: Topology, pause: () => Promise<void>): Promise<GeoData> {
  const data: Partial<Record<keyof GeoData, unknown>> = {};
  for (const [key, decode] of Object.entries(DECODERS) as [keyof GeoData, (topo: Topology) => unknown][]) {
    data[key] = decode(topo);
    await pause();
  }
  return data as GeoData;
}
