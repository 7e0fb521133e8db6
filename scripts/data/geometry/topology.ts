/**
 * GeoJSON → simplified, quantized TopoJSON. Everything the site draws shares one set of arcs:
 * the lines (`borders`, `kg_tj`) and the lake fills are made of the country arcs, so they sit
 * exactly on the country fills at any zoom.
 */
import { topology as makeTopology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { meshArcs, quantize } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject, Polygon, MultiPolygon, Objects as TopoObjects } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { Area } from './parts.ts';

export interface TopologyOptions {
  /**
   * Minimum planar triangle area (square degrees) a vertex must span to survive Visvalingam
   * simplification; rings smaller than this disappear whole. 1e-3 deg² is a triangle of
   * roughly 5 × 4 km at these latitudes.
   */
  minWeight: number;
  /**
   * Multipliers on the weight of vertices of the lines that matter most, so they keep their
   * detail while the rest of the map is simplified harder: the KG–TJ line, and every other
   * border of the story's countries (Kyrgyzstan, Tajikistan, Uzbekistan).
   */
  boost: { kgTj: number; story: number; lakes: number };
  /** grid size per axis for quantization (1e4 over a few degrees ≈ tens of metres) */
  quantization: number;
}

const STORY_COUNTRIES = new Set(['KGZ', 'TJK', 'UZB']);

type Objects = { countries: Area[] } & Record<string, Area[]>;

const isKgTj = (a: GeometryObject, b: GeometryObject) => a !== b && [a.id, b.id].sort().join() === 'KGZ,TJK';
const touchesStory = (a: GeometryObject, b: GeometryObject) =>
  STORY_COUNTRIES.has(String(a.id)) || STORY_COUNTRIES.has(String(b.id));

const arcIndex = (i: number) => (i < 0 ? ~i : i);

type Topo = Topology<TopoObjects<{}>>;

export function buildTopology(objects: Objects, options: TopologyOptions): Topology {
  const collections: Record<string, FeatureCollection> = {};
  for (const [name, features] of Object.entries(objects)) {
    if (features.length > 0) collections[name] = { type: 'FeatureCollection', features };
  }
  let topo = makeTopology(collections) as unknown as Topo;

  // Weight boosts are decided on the full-detail arcs, before anything is simplified away.
  const countries = topo.objects.countries as GeometryCollection;
  const kgTjArcs = new Set(meshArcs(topo, countries, isKgTj).arcs.flat().map(arcIndex));
  const storyArcs = new Set(meshArcs(topo, countries, touchesStory).arcs.flat().map(arcIndex));
  // Enclaves keep their shape at every scale, however small: they are what the story is about.
  const enclaveArcs = new Set(
    (topo.objects.enclaves as GeometryCollection | undefined)?.geometries.flatMap((g) => polygonsOf(g).flat(2).map(arcIndex)) ?? [],
  );

  // Lake shores keep enough points to read as lakes, not as triangles.
  const lakeArcs = new Set(
    countries.geometries.flatMap((g) =>
      polygonsOf(g)
        .flatMap((polygon) => polygon.slice(1))
        .filter((hole) => !hole.every((i) => enclaveArcs.has(arcIndex(i))))
        .flat()
        .map(arcIndex),
    ),
  );

  topo = presimplify(topo);
  topo.arcs.forEach((arc, i) => {
    const boost =
      kgTjArcs.has(i) || enclaveArcs.has(i) ? options.boost.kgTj : lakeArcs.has(i) ? options.boost.lakes : storyArcs.has(i) ? options.boost.story : 1;
    if (boost === 1) return;
    for (const point of arc) {
      const p = point as number[];
      if (Number.isFinite(p[2])) p[2] = p[2]! * boost;
    }
  });
  topo = simplify(topo, options.minWeight);
  const bigEnough = filterWeight(topo, options.minWeight);
  // topojson-simplify hands ring filters the ring's arc indexes (its typings say coordinates)
  const keepRing = (ring: Parameters<typeof bigEnough>[0], interior: boolean) =>
    (ring as unknown as number[]).every((i) => enclaveArcs.has(arcIndex(i))) || bigEnough(ring, interior);
  topo = filter(topo, keepRing);
  topo = quantize(topo, options.quantization);

  const simplified = topo.objects.countries as GeometryCollection;
  topo.objects.lakes = lakes(simplified, enclaveArcs);
  topo.objects.borders = outlineArcs(topo, simplified, options.quantization);
  topo.objects.kg_tj = meshArcs(topo, simplified, isKgTj);
  return topo as Topology;
}

/** A polygon geometry's polygons, each a list of rings, each a list of arc indexes. */
function polygonsOf(geometry: GeometryObject): number[][][] {
  if (geometry.type === 'Polygon') return [(geometry as Polygon).arcs];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).arcs;
  return [];
}

/**
 * The lakes and reservoirs: the inner rings of the (land) country polygons, as polygons of their
 * own, except the holes cut for enclaves (those are land, drawn by their owner). Reversing a
 * ring's arcs turns a hole into an outer ring with the winding d3 expects.
 */
function lakes(countries: GeometryCollection, enclaveArcs: Set<number>): GeometryCollection {
  const geometries: GeometryObject[] = [];
  for (const country of countries.geometries) {
    for (const polygon of polygonsOf(country)) {
      for (const hole of polygon.slice(1)) {
        if (hole.every((i) => enclaveArcs.has(arcIndex(i)))) continue;
        geometries.push({ type: 'Polygon', arcs: [hole.map((i) => ~i).reverse()], properties: { in: country.id } });
      }
    }
  }
  return { type: 'GeometryCollection', geometries };
}

/**
 * Every international border: the arcs of the countries' outer rings, except those running
 * along the edge of the clip box (and the lake shores, which are inner rings). A plain mesh of
 * shared arcs is not enough: where a border river is left as water between two countries, each
 * country's bank is its border.
 */
function outlineArcs(topo: Topo, countries: GeometryCollection, n: number): GeometryObject {
  // Quantized coordinates run from 0 to n - 1 on both axes; the clip box edges are those extremes.
  const onBoxEdge = (index: number): boolean => {
    let x = 0;
    let y = 0;
    const xs = new Set<number>();
    const ys = new Set<number>();
    for (const [dx, dy] of topo.arcs[index]!) {
      x += dx!;
      y += dy!;
      xs.add(x);
      ys.add(y);
    }
    const only = (set: Set<number>, value: number) => set.size === 1 && set.has(value);
    return only(xs, 0) || only(xs, n - 1) || only(ys, 0) || only(ys, n - 1);
  };
  const arcs = new Set<number>();
  for (const geometry of countries.geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const arc of polygon[0] ?? []) {
        if (!onBoxEdge(arcIndex(arc))) arcs.add(arcIndex(arc));
      }
    }
  }
  return { type: 'MultiLineString', arcs: [...arcs].sort((a, b) => a - b).map((i) => [i]) };
}
