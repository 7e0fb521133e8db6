/**
 * The geometry pipeline: OSM country polygons (+ Natural Earth admin-1 outlines) → the two
 * TopoJSON files the site loads, plus a report of what was measured and what was dropped.
 *
 *   1. clip every country touching the overview box to it; drop parts under MIN_PART_KM2
 *   2. find the enclaves and carve them out of their hosts
 *   3. trim overlaps between neighbours; close border rivers around the peripheral neighbours
 *   4. measure the KG–TJ line at full resolution (the reference for the shipped geometry)
 *   5. for each data file (overview, border, detail): clip to its extent, drop small lakes,
 *      d3 winding, topology, simplification tuned to the file's scale, quantization
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { topology as makeTopology } from 'topojson-server';
import { mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { DATA_EXTENTS, extentToBBox, type DataFileId } from '../../../src/lib/geo/extents.ts';
import { lengthKm } from '../../../src/lib/geo/measure.ts';
import { GEO_SOURCES, fetchSource } from './sources.ts';
import { clip, dropSmallHoles, intersection, round, toD3Winding, type Area } from './parts.ts';
import {
  carveEnclaves,
  closeBorderGaps,
  dropSmallParts,
  findEnclaves,
  resolveOverlaps,
  type DroppedPart,
  type EnclavePart,
  type ResolvedOverlap,
} from './carve.ts';
import { buildTopology, type TopologyOptions } from './topology.ts';
import { nameEnclaves, type EnclaveName } from './enclave-names.ts';

/** Parts smaller than this are slivers and specks; the smallest real enclave (Jani-Ayil) is ~0.8 km². */
const MIN_PART_KM2 = 0.5;

/**
 * The countries of the story: never altered beyond carving their enclaves, and first in priority
 * where polygons overlap. Every other country the OSM data has inside a file's extent is drawn too,
 * as a neighbour (nothing inside the box is left out).
 */
const STORY = ['KGZ', 'TJK', 'UZB'];
/** How far the neighbours' polygons may grow into border rivers (see closeBorderGaps). */
const RIVER_GAP_KM = 1.5;
/** Natural Earth admin-1 regions the story names (ISO 3166-2), clipped to their OSM country. */
const REGIONS: Record<string, string> = { 'KG-B': 'KGZ', 'KG-O': 'KGZ', 'TJ-SU': 'TJK' };
/** What goes into each data file, and how hard it is simplified. */
interface FileSpec {
  regions: boolean;
  /** lakes and reservoirs smaller than this are left as land */
  minLakeKm2: number;
  topology: TopologyOptions;
}

const FILES: Record<DataFileId, FileSpec> = {
  // Central Asia at a glance (views about 8° wide).
  overview: {
    regions: true,
    minLakeKm2: 20,
    topology: { minWeight: 1.2e-3, boost: { kgTj: 30, story: 2, lakes: 2 }, quantization: 1e4 },
  },
  // The whole Kyrgyzstan–Tajikistan line (views about 4–5° wide): the line keeps its detail.
  border: {
    regions: true,
    minLakeKm2: 5,
    topology: { minWeight: 5e-5, boost: { kgTj: 8, story: 2, lakes: 10 }, quantization: 1e4 },
  },
  // The Isfara valley and Batken (views about 1–2° wide).
  detail: {
    regions: false,
    minLakeKm2: 2,
    topology: { minWeight: 2e-6, boost: { kgTj: 4, story: 2, lakes: 60 }, quantization: 1e4 },
  },
};

export interface GeometryReport {
  sources: { pkg: string; version: string; integrity: string; licence: string; credit: string }[];
  kgTjBorder: {
    /** geodesic length of the full-resolution KG–TJ line, km (Vorukh's perimeter included) */
    fullResolutionKm: number;
    /** where the line ends: the junctions with the third country met there, [lon, lat] */
    ends: Record<string, [number, number]>;
    parts: { vertices: number; km: number }[];
    /** length of the same line in each shipped file, km */
    shippedKm: Record<DataFileId, number>;
  };
  enclaves: (EnclaveName & { areaKm2: number; centroid: [number, number] })[];
  droppedParts: DroppedPart[];
  resolvedOverlaps: ResolvedOverlap[];
}

export interface GeometryBuild {
  files: Record<DataFileId, Topology>;
  report: GeometryReport;
}

type Log = (line: string) => void;

/** Every OSM country touching the overview extent, clipped to it: story countries first, then by code. */
function loadCountries(log: Log): Map<string, Area> {
  const path = fetchSource('osmCountries', log);
  log('reading OSM country polygons (≈170 MB)…');
  const all = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const bbox = extentToBBox(DATA_EXTENTS.overview);
  const found: [string, Area][] = [];
  for (const f of all.features) {
    const id = String((f.properties as { A3: string }).A3);
    const b = turf.bbox(f);
    if (b[0] > bbox[2] || b[2] < bbox[0] || b[1] > bbox[3] || b[3] < bbox[1]) continue;
    const clipped = clip({ ...(f as Area), id, properties: {} }, bbox);
    if (clipped) found.push([id, clipped]);
  }
  const missing = STORY.filter((id) => !found.some(([f]) => f === id));
  if (missing.length > 0) throw new Error(`OSM data has no polygon for ${missing.join(', ')} in the overview box`);
  const rank = (id: string) => (STORY.includes(id) ? STORY.indexOf(id) : STORY.length);
  found.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return new Map(found);
}

function loadRegions(countries: Map<string, Area>, log: Log): Area[] {
  const path = fetchSource('naturalEarthAdmin1', log);
  log('reading Natural Earth admin-1 (≈35 MB)…');
  const all = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const regions: Area[] = [];
  for (const [code, country] of Object.entries(REGIONS)) {
    const f = all.features.find((g) => (g.properties as { iso_3166_2: string }).iso_3166_2 === code);
    if (!f) throw new Error(`Natural Earth admin-1 has no region ${code}`);
    const { name_en, name } = f.properties as { name_en: string; name: string };
    // NE outlines sit up to 1–2 km off the OSM borders: clip each region to its OSM country so a
    // region never crosses the line the story draws.
    const fitted = intersection({ ...(f as Area), id: code, properties: {} }, countries.get(country)!);
    if (!fitted) throw new Error(`region ${code} does not overlap ${country}`);
    regions.push({ ...fitted, id: code, properties: { country, name: name_en || name } });
  }
  return regions;
}

function kgTjMesh(countries: Map<string, Area>): MultiLineString {
  const topo = makeTopology({
    c: { type: 'FeatureCollection', features: [countries.get('KGZ')!, countries.get('TJK')!] } as FeatureCollection,
  }) as Topology;
  return mesh(topo, topo.objects.c as GeometryCollection, (a, b) => a !== b);
}

/**
 * The two ends of the KG–TJ line (its longest open part) and the country each end meets: the
 * one with a border vertex nearest to it. These are the junction points the map can mark.
 */
function lineEnds(border: MultiLineString, countries: Map<string, Area>): Record<string, [number, number]> {
  const isRing = (c: number[][]) => c[0]![0] === c.at(-1)![0] && c[0]![1] === c.at(-1)![1];
  const open = border.coordinates.filter((c) => !isRing(c)).sort((a, b) => b.length - a.length)[0];
  if (!open) throw new Error('the KG–TJ line has no open part');
  const ends: Record<string, [number, number]> = {};
  for (const end of [open[0]!, open.at(-1)!]) {
    let best = { id: '', km: Infinity };
    for (const [id, area] of countries) {
      if (id === 'KGZ' || id === 'TJK') continue;
      for (const ring of turf.coordAll(area)) {
        const km = turf.distance(end as [number, number], ring as [number, number]);
        if (km < best.km) best = { id, km };
      }
    }
    if (best.km > 2) throw new Error(`no third country within 2 km of the KG–TJ line's end at ${end.join(', ')}`);
    ends[best.id] = [round(end[0]!, 5), round(end[1]!, 5)];
  }
  return ends;
}

function shippedKgTjKm(topo: Topology): number {
  return round(lengthKm(mesh(topo, topo.objects.kg_tj as never)), 1);
}

export function buildGeometry(log: Log = () => {}): GeometryBuild {
  const clipped = loadCountries(log);
  const { countries: kept, dropped } = dropSmallParts(clipped, MIN_PART_KM2);
  log('finding and carving enclaves…');
  const enclaves: EnclavePart[] = findEnclaves(kept);
  const named = nameEnclaves(enclaves);
  log('resolving overlaps and closing border rivers between neighbours…');
  const priority = [...kept.keys()];
  const resolvedOverlaps = resolveOverlaps(carveEnclaves(kept, enclaves), priority, STORY);
  const countries = closeBorderGaps(
    resolvedOverlaps.countries,
    priority.filter((id) => !STORY.includes(id)),
    RIVER_GAP_KM,
    log,
  );

  const border = kgTjMesh(countries);
  const parts = border.coordinates.map((line) => ({
    vertices: line.length,
    km: round(lengthKm({ type: 'LineString', coordinates: line }), 1),
  }));

  const regions = loadRegions(countries, log);
  // Only the enclaves the story names carry a name into the shipped data (see enclaves.yaml).
  const enclaveFeatures: Area[] = named.map((e) => ({
    ...e.part,
    id: e.id,
    properties: { owner: e.owner, host: e.host, ...(e.inStory ? { name: e.name } : {}) },
  }));

  log('building topologies…');
  const files = {} as Record<DataFileId, Topology>;
  for (const [id, spec] of Object.entries(FILES) as [DataFileId, FileSpec][]) {
    const box = extentToBBox(DATA_EXTENTS[id]);
    const inBox = (f: Area) => clip(f, box);
    const enclaveParts = enclaves.map((e) => e.part);
    const objects = {
      countries: [...countries.values()]
        .map(inBox)
        .filter((c): c is Area => c !== null)
        .map((c) => toD3Winding(dropSmallHoles(c, spec.minLakeKm2, enclaveParts))),
      enclaves: enclaveFeatures
        .map(inBox)
        .filter((e): e is Area => e !== null)
        .map(toD3Winding),
      regions: spec.regions
        ? regions
            .map(inBox)
            .filter((r): r is Area => r !== null)
            .map((r) => toD3Winding(dropSmallHoles(r, spec.minLakeKm2, enclaveParts)))
        : [],
    };
    files[id] = buildTopology(objects, spec.topology);
  }

  const report: GeometryReport = {
    sources: Object.values(GEO_SOURCES).map(({ pkg, version, integrity, licence, credit }) => ({
      pkg,
      version,
      integrity,
      licence,
      credit,
    })),
    kgTjBorder: {
      fullResolutionKm: round(lengthKm(border), 1),
      ends: lineEnds(border, countries),
      parts,
      shippedKm: { overview: shippedKgTjKm(files.overview), border: shippedKgTjKm(files.border), detail: shippedKgTjKm(files.detail) },
    },
    enclaves: named.map(({ part: _part, ...rest }) => rest),
    droppedParts: dropped,
    resolvedOverlaps: resolvedOverlaps.resolved,
  };
  return { files, report };
}



