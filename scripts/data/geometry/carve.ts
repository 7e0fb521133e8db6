/**
 * Enclaves. In the OSM country polygons an enclave is a separate part of its owner's
 * MultiPolygon lying on top of the host country, whose polygon has no hole for it (GEODATA
 * pitfall 3): Kyrgyzstan covers Vorukh, Sokh and Shakhimardan. Left that way, fills depend on
 * drawing order and a KG–TJ mesh misses the whole Vorukh perimeter. So: find every part of one
 * country that lies inside another country's outline, and cut it out of the host.
 */
import * as turf from '@turf/turf';
import type { BBox } from 'geojson';
import { areaKm2, fromParts, intersection, partsOf, round, subtract, type Area, type Part } from './parts.ts';

export interface EnclavePart {
  owner: string;
  host: string;
  part: Part;
  areaKm2: number;
  /** centroid, rounded to 1e-3° (~100 m): a stable handle for naming the enclave */
  centroid: [number, number];
}

export interface DroppedPart {
  country: string;
  areaKm2: number;
  centroid: [number, number];
}

function bboxWithin(inner: BBox, outer: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

function centroidOf(part: Part): [number, number] {
  const [lon, lat] = turf.centroid(part).geometry.coordinates as [number, number];
  return [round(lon, 3), round(lat, 3)];
}

/** An outline: the exterior rings only, so a host that is already holed still "contains" its enclave. */
function outlinesOf(country: Area): Part[] {
  return partsOf(country).map((p) => turf.polygon([p.geometry.coordinates[0]!]));
}

/**
 * Drops parts smaller than `minAreaKm2` (slivers, river islands, one-pixel specks) and returns
 * them so the report can list each one: nothing disappears without a trace.
 */
export function dropSmallParts(
  countries: Map<string, Area>,
  minAreaKm2: number,
): { countries: Map<string, Area>; dropped: DroppedPart[] } {
  const kept = new Map<string, Area>();
  const dropped: DroppedPart[] = [];
  for (const [id, country] of countries) {
    const parts = partsOf(country);
    const big = parts.filter((p) => {
      const a = areaKm2(p);
      if (a >= minAreaKm2) return true;
      dropped.push({ country: id, areaKm2: round(a, 4), centroid: centroidOf(p) });
      return false;
    });
    if (big.length > 0) kept.set(id, fromParts(big, id, country.properties ?? {}));
  }
  dropped.sort((a, b) => a.country.localeCompare(b.country) || a.centroid[0] - b.centroid[0] || a.centroid[1] - b.centroid[1]);
  return { countries: kept, dropped };
}

/** Every part of one country lying (≥ 99 % of its area) inside another country's outline. */
export function findEnclaves(countries: Map<string, Area>): EnclavePart[] {
  const found: EnclavePart[] = [];
  const outlines = [...countries].map(([id, c]) => ({ id, parts: outlinesOf(c).map((p) => ({ p, bbox: turf.bbox(p) })) }));
  for (const [owner, country] of countries) {
    for (const part of partsOf(country)) {
      const partBbox = turf.bbox(part);
      const partArea = areaKm2(part);
      for (const host of outlines) {
        if (host.id === owner) continue;
        for (const outline of host.parts) {
          if (!bboxWithin(partBbox, outline.bbox)) continue;
          const overlap = intersection(part, outline.p);
          if (overlap && areaKm2(overlap) / partArea > 0.99) {
            found.push({ owner, host: host.id, part, areaKm2: round(partArea, 2), centroid: centroidOf(part) });
          }
        }
      }
    }
  }
  return found.sort((a, b) => b.areaKm2 - a.areaKm2);
}

/** Cuts each enclave out of its host. */
export function carveEnclaves(countries: Map<string, Area>, enclaves: EnclavePart[]): Map<string, Area> {
  const carved = new Map(countries);
  for (const [id, country] of countries) {
    const holes = enclaves.filter((e) => e.host === id).map((e) => e.part);
    if (holes.length === 0) continue;
    const result = subtract(country, holes);
    if (!result) throw new Error(`carving enclaves out of ${id} left nothing`);
    carved.set(id, result);
  }
  return carved;
}

export interface ResolvedOverlap {
  kept: string;
  trimmed: string;
  areaKm2: number;
}

/**
 * The OSM polygons of some neighbours overlap along their borders (China and Kyrgyzstan by
 * ~21 km² in the Tian Shan, for instance). An overlap draws a shape twice and hides a border,
 * so each is cut out of the country later in `priority`. The countries of the story come first
 * and must not overlap each other at all: that would put the KG–TJ line in doubt.
 */
export function resolveOverlaps(
  countries: Map<string, Area>,
  priority: string[],
  strict: string[],
  toleranceKm2 = 0.01,
): { countries: Map<string, Area>; resolved: ResolvedOverlap[] } {
  const result = new Map(countries);
  const resolved: ResolvedOverlap[] = [];
  for (let i = 0; i < priority.length; i++) {
    for (let j = i + 1; j < priority.length; j++) {
      const kept = priority[i]!;
      const trimmed = priority[j]!;
      const a = result.get(kept);
      const b = result.get(trimmed);
      if (!a || !b) continue;
      const ba = turf.bbox(a);
      const bb = turf.bbox(b);
      if (ba[0] > bb[2] || bb[0] > ba[2] || ba[1] > bb[3] || bb[1] > ba[3]) continue;
      const overlap = intersection(a, b);
      const area = overlap ? areaKm2(overlap) : 0;
      if (area <= toleranceKm2) continue;
      if (strict.includes(kept) && strict.includes(trimmed)) {
        throw new Error(`${kept} and ${trimmed} overlap by ${area.toFixed(3)} km² in the OSM data`);
      }
      const rest = subtract(b, [a]);
      if (!rest) throw new Error(`removing the overlap with ${kept} left nothing of ${trimmed}`);
      result.set(trimmed, rest);
      resolved.push({ kept, trimmed, areaKm2: round(area, 2) });
    }
  }
  return { countries: result, resolved };
}

/**
 * The OSM land polygons leave wide border rivers as water between two countries: the Panj
 * between Tajikistan and Afghanistan is a ribbon of gaps whose banks touch at hundreds of
 * points, which costs hundreds of tiny arcs and draws every such border twice. For the
 * peripheral neighbours only, grow the polygon by `km` into such gaps (and nowhere into another
 * country): the river becomes one shared line. The countries of the story are never changed.
 */
export function closeBorderGaps(
  countries: Map<string, Area>,
  peripheral: string[],
  km: number,
  log?: (line: string) => void,
): Map<string, Area> {
  const result = new Map(countries);
  for (const id of peripheral) {
    const country = result.get(id);
    if (!country) continue;
    // Buffering full-detail polygons is slow; a lightly simplified copy grows the same way, and
    // every edge that matters is re-cut from the other countries' exact vertices below.
    const light = turf.simplify(country, { tolerance: 0.002, highQuality: false }) as Area;
    const started = Date.now();
    const grown = turf.buffer(light, km, { units: 'kilometers' }) as Area | undefined;
    if (!grown) throw new Error(`buffering ${id} failed`);
    const box = turf.bbox(country);
    const others = [...result]
      .filter(([other]) => other !== id)
      .map(([, f]) => f)
      .filter((f) => {
        const b = turf.bbox(f);
        return !(b[0] > box[2] + 0.1 || box[0] > b[2] + 0.1 || b[1] > box[3] + 0.1 || box[1] > b[3] + 0.1);
      });
    const within = intersection(grown, turf.bboxPolygon(box) as Area);
    const closed = within && subtract({ ...within, id, properties: country.properties }, others);
    if (!closed) throw new Error(`closing border gaps left nothing of ${id}`);
    result.set(id, { ...closed, id, properties: { ...country.properties } });
    log?.(`  ${id}: border rivers closed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return result;
}
