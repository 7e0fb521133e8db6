/**
 * Invariants of the shipped map data (public/data/*.topo.json): ids, winding, enclaves carved,
 * the KG–TJ line sharing arcs with the fills and keeping its length, and the size budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { parse } from 'yaml';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readTopology } from '../../src/lib/data/load.ts';
import { DATA_EXTENTS, extentContains, type DataFileId } from '../../src/lib/geo/extents.ts';
import { lengthKm } from '../../src/lib/geo/measure.ts';
import { MAP_DATA_BUDGET_GZIP_BYTES } from '../../scripts/data/budgets.ts';
import type { GeometryReport } from '../../scripts/data/geometry/build-geometry.ts';

const FILES: DataFileId[] = ['overview', 'border', 'detail'];
const topo = Object.fromEntries(FILES.map((id) => [id, readTopology('public/data', id)])) as Record<DataFileId, Topology>;
const report = JSON.parse(readFileSync('data/build/geometry-report.json', 'utf8')) as GeometryReport;
const enclaveList = parse(readFileSync('data/geo/enclaves.yaml', 'utf8')) as { id: string; owner: string; host: string }[];

const features = (t: Topology, name: string) =>
  (feature(t, t.objects[name] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;

/** A point strictly inside a polygon feature: the centre of its largest inscribed grid cell. */
function interiorPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const coords = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const ring = coords.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (let i = 0; i <= 400; i++) {
    // walk a fine grid until a point is inside the feature
    const p: [number, number] = [x0 + ((x1 - x0) * ((i * 7) % 20 + 0.5)) / 20, y0 + ((y1 - y0) * (Math.floor(i / 20) + 0.5)) / 20];
    if (geoContains(f, p)) return p;
  }
  throw new Error(`no interior point found for ${String(f.id)}`);
}

describe.each(FILES)('%s.topo.json', (id) => {
  const t = topo[id];
  const countries = features(t, 'countries');

  it('is quantized TopoJSON with countries keyed by ISO 3166-1 alpha-3', () => {
    expect(t.type).toBe('Topology');
    expect(t.transform).toBeDefined();
    expect(countries.length).toBeGreaterThan(2);
    for (const c of countries) expect(String(c.id)).toMatch(/^[A-Z]{3}$/);
    expect(new Set(countries.map((c) => c.id)).size).toBe(countries.length);
    for (const code of ['KGZ', 'TJK', 'UZB']) expect(countries.map((c) => c.id)).toContain(code);
  });

  it('winds every polygon the way d3 expects (no shape drawn as "the world minus it")', () => {
    for (const name of ['countries', 'enclaves', 'regions', 'lakes']) {
      for (const f of t.objects[name] ? features(t, name) : []) {
        // a wrongly wound polygon covers more than half the sphere
        expect(geoArea(f), `${name}/${String(f.id)}`).toBeLessThan(0.1);
      }
    }
  });

  it('keeps every country inside the file extent', () => {
    const e = DATA_EXTENTS[id];
    const [[x0, y0], [x1, y1]] = [t.bbox!.slice(0, 2), t.bbox!.slice(2)] as [number[], number[]];
    expect(x0).toBeGreaterThanOrEqual(e.west - 1e-9);
    expect(y0).toBeGreaterThanOrEqual(e.south - 1e-9);
    expect(x1).toBeLessThanOrEqual(e.east + 1e-9);
    expect(y1).toBeLessThanOrEqual(e.north + 1e-9);
  });

  it('carves each enclave out of its host and gives it to its owner', () => {
    const enclaves = features(t, 'enclaves');
    const inExtent = enclaveList.filter((e) => report.enclaves.some((r) => r.id === e.id && extentContains(DATA_EXTENTS[id], r.centroid)));
    // the small enclaves may vanish at overview scale, but the three the story names never do
    const required = id === 'overview' ? inExtent.filter((e) => ['vorukh', 'sokh', 'shakhimardan'].includes(e.id)) : inExtent;
    for (const e of required) {
      const shape = enclaves.find((f) => f.id === e.id);
      expect(shape, `${e.id} present`).toBeDefined();
      const p = interiorPoint(shape!);
      const owner = countries.find((c) => c.id === e.owner)!;
      const host = countries.find((c) => c.id === e.host)!;
      expect(geoContains(owner, p), `${e.id} belongs to ${e.owner}`).toBe(true);
      expect(geoContains(host, p), `${e.id} is carved out of ${e.host}`).toBe(false);
    }
  });

  it('draws the KG–TJ line on the country arcs (shared, not a copy)', () => {
    const line = t.objects.kg_tj as GeometryObject & { arcs: number[][] };
    const arcsOf = (code: string) => {
      const g = (t.objects.countries as GeometryCollection).geometries.find((c) => c.id === code)!;
      return new Set(JSON.stringify((g as unknown as { arcs: unknown }).arcs).match(/-?\d+/g)!.map(Number).map((i) => (i < 0 ? ~i : i)));
    };
    const kg = arcsOf('KGZ');
    const tj = arcsOf('TJK');
    const used = line.arcs.flat().map((i) => (i < 0 ? ~i : i));
    expect(used.length).toBeGreaterThan(0);
    for (const arc of used) {
      expect(kg.has(arc) && tj.has(arc), `arc ${arc}`).toBe(true);
    }
  });
});

describe('the Kyrgyzstan–Tajikistan line', () => {
  it('measures about 952 km at full resolution, Vorukh’s ring included (GEODATA: 952.1 km)', () => {
    expect(report.kgTjBorder.fullResolutionKm).toBeGreaterThan(940);
    expect(report.kgTjBorder.fullResolutionKm).toBeLessThan(965);
    // two lines: the main border, and the ring around Vorukh
    expect(report.kgTjBorder.parts).toHaveLength(2);
    const ring = Math.min(...report.kgTjBorder.parts.map((p) => p.km));
    expect(ring).toBeGreaterThan(50);
    expect(ring).toBeLessThan(70);
  });

  it('keeps its length within a few per cent in the files that draw all of it', () => {
    for (const [id, tolerance] of [
      ['border', 0.02],
      ['overview', 0.05],
    ] as const) {
      const shipped = lengthKm(mesh(topo[id], topo[id].objects.kg_tj as never));
      const full = report.kgTjBorder.fullResolutionKm;
      expect(Math.abs(shipped - full) / full, `${id}: ${shipped.toFixed(1)} km vs ${full} km`).toBeLessThan(tolerance);
      expect(shipped).toBeCloseTo(report.kgTjBorder.shippedKm[id], 0);
    }
  });
});

describe('the map data budget', () => {
  it(`stays within ${MAP_DATA_BUDGET_GZIP_BYTES / 1024} KB gzipped, all files together`, () => {
    const total = FILES.reduce((sum, id) => sum + gzipSync(readFileSync(`public/data/${id}.topo.json`), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(MAP_DATA_BUDGET_GZIP_BYTES);
  });
});

describe('lakes', () => {
  // (the overview is drawn small: a lake there may simplify to a few pixels' triangle)
  it('keeps no lake drawn as a bare triangle on the close-up maps', () => {
    for (const id of ['border', 'detail'] as const) {
      for (const lake of features(topo[id], 'lakes')) {
        const ring = (lake.geometry as Polygon).coordinates[0]!;
        expect(ring.length, `${id}: lake at ${ring[0]}`).toBeGreaterThan(4);
      }
    }
  });

  it('drops small and triangular holes but keeps an enclave’s hole, whatever its shape', async () => {
    const { dropSmallHoles } = await import('../../scripts/data/geometry/parts.ts');
    const square = (x: number, y: number, d: number) => [[x, y], [x, y + d], [x + d, y + d], [x + d, y], [x, y]];
    const triangle = [[70.2, 40.2], [70.3, 40.2], [70.25, 40.3], [70.2, 40.2]];
    const land: Feature<Polygon> = {
      type: 'Feature',
      id: 'KGZ',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [square(70, 40, 1), square(70.5, 40.5, 0.1), square(70.8, 40.8, 0.001), triangle] },
    };
    const enclave: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [triangle] } };
    const holes = (f: Feature<Polygon | MultiPolygon>) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.length - 1 : f.geometry.coordinates[0]!.length - 1);
    expect(holes(dropSmallHoles(land, 1))).toBe(1); // the 0.1° square (about 94 km²) stays
    expect(holes(dropSmallHoles(land, 1, [enclave]))).toBe(2); // and the triangle, when it is an enclave
  });
});
