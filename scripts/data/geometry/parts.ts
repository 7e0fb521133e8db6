/**
 * Small polygon helpers for the build scripts (turf runs here, never in the browser).
 * Every polygon here is RFC 7946-wound, as turf produces and expects; `toD3Winding` flips
 * that for d3-geo at the very end.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Feature<Polygon | MultiPolygon>;
export type Part = Feature<Polygon>;

/** The separate polygons of a (multi)polygon feature. */
export function partsOf(feature: Area): Part[] {
  const g = feature.geometry;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((coordinates) => turf.polygon(coordinates));
}

/** Recombines parts into one feature (Polygon for one part, MultiPolygon for several). */
export function fromParts(parts: Part[], id: string, properties: Record<string, unknown> = {}): Area {
  const geometry: Polygon | MultiPolygon =
    parts.length === 1
      ? parts[0]!.geometry
      : { type: 'MultiPolygon', coordinates: parts.map((p) => p.geometry.coordinates) };
  return { type: 'Feature', id, properties: { ...properties }, geometry };
}

export function areaKm2(feature: Area): number {
  return turf.area(feature) / 1e6;
}

/** Round to a fixed number of decimals so reports are stable and readable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Clips to a lon/lat box; bboxClip drops feature ids (GEODATA pitfall 2), so carry the id over. */
export function clip(feature: Area, bbox: [number, number, number, number]): Area | null {
  const clipped = turf.bboxClip(feature, bbox) as Area;
  const g = clipped.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  if (rings.every((ring) => ring.length < 4)) return null;
  // bboxClip can leave degenerate rings behind on the box edge; keep real polygons only.
  const parts = partsOf(clipped).filter((p) => (p.geometry.coordinates[0]?.length ?? 0) >= 4 && turf.area(p) > 0);
  if (parts.length === 0) return null;
  return fromParts(parts, String(feature.id), feature.properties ?? {});
}

/** Subtracts `holes` from `feature`; returns null when nothing is left. */
export function subtract(feature: Area, holes: Area[]): Area | null {
  if (holes.length === 0) return feature;
  const result = turf.difference(turf.featureCollection([feature, ...holes]));
  if (!result) return null;
  return { ...result, id: feature.id, properties: { ...feature.properties } } as Area;
}

export function intersection(a: Area, b: Area): Area | null {
  const result = turf.intersect(turf.featureCollection([a, b]));
  return result ? ({ ...result, id: a.id, properties: { ...a.properties } } as Area) : null;
}

/**
 * d3-geo treats polygons as spherical and wants exterior rings clockwise (holes anticlockwise),
 * the opposite of RFC 7946. A wrongly wound ring draws as "the whole globe minus the country".
 */
export function toD3Winding<T extends Area>(feature: T): T {
  const rewound = turf.rewind(feature, { reverse: true }) as T;
  return { ...rewound, id: feature.id, properties: feature.properties };
}

export function representativePoint(feature: Area): [number, number] {
  const [lon, lat] = turf.pointOnFeature(feature).geometry.coordinates as [number, number];
  return [lon, lat];
}

/**
 * Removes inner rings smaller than `minKm2` (small lakes, which the land then simply covers) and
 * rings the source draws as a bare triangle: that is a placeholder, not the lake's shape (Tortkul
 * reservoir is one). Holes cut for enclaves (`keep`) always stay, whatever their size or shape.
 */
export function dropSmallHoles(feature: Area, minKm2: number, keep: Part[] = []): Area {
  const isEnclave = (hole: Part) => {
    const [x0, y0, x1, y1] = turf.bbox(hole);
    const a = areaKm2(hole);
    return keep.some((e) => {
      const [ex0, ey0, ex1, ey1] = turf.bbox(e);
      return ex0 < x1 && x0 < ex1 && ey0 < y1 && y0 < ey1 && Math.abs(areaKm2(e) - a) / a < 0.05;
    });
  };
  const parts = partsOf(feature).map((p) => {
    const [outer, ...holes] = p.geometry.coordinates;
    const kept = holes.filter((h) => {
      const hole = turf.polygon([h]);
      const triangle = h.length <= 4;
      return (areaKm2(hole) >= minKm2 && !triangle) || isEnclave(hole);
    });
    return turf.polygon([outer!, ...kept]);
  });
  return fromParts(parts, String(feature.id), feature.properties ?? {});
}
