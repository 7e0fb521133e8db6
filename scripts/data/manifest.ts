/**
 * The build manifest (data/build/manifest.json) records a hash of every input of the geometry
 * pipeline and of every output it wrote. `npm run data:check` recomputes both, which tells in a
 * second, without the 161 MB download, whether the committed outputs still match the scripts
 * and sources. `npm run data:verify` is the slow, exact check: it rebuilds and compares bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlTable } from '../../src/lib/data/read.ts';
import { GEO_SOURCES } from './geometry/sources.ts';

export const MANIFEST_PATH = 'data/build/manifest.json';
export const REPORT_PATH = 'data/build/geometry-report.json';
export const OUTPUT_PATHS = ['public/data/overview.topo.json', 'public/data/border.topo.json', 'public/data/detail.topo.json', REPORT_PATH];

/** Code whose change can change the outputs. */
const INPUT_CODE = ['scripts/data/geometry', 'src/lib/geo/extents.ts', 'src/lib/geo/measure.ts'];
const INPUT_DATA = ['data/geo/enclaves.yaml'];
/** npm packages whose code shapes the outputs. */
const TOOL_PACKAGES = ['@turf/turf', 'topojson-server', 'topojson-simplify', 'topojson-client', 'd3-geo'];

export interface Manifest {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  try {
    return readdirSync(full, { withFileTypes: true })
      .flatMap((entry) => filesUnder(root, join(path, entry.name)))
      .sort();
  } catch {
    return [relative(root, full)];
  }
}

/** The coordinates of the gazetteer places that enclaves.yaml refers to (not the whole table). */
function enclaveReferencePoints(root: string): string {
  const places = readYamlTable('data/tables/places.yaml', readFileSync(join(root, 'data/tables/places.yaml'), 'utf8'));
  const enclaves = readYamlTable('data/geo/enclaves.yaml', readFileSync(join(root, 'data/geo/enclaves.yaml'), 'utf8'));
  const wanted = new Set(
    enclaves.rows.map((r) => (r.value as { inside?: { place?: string } }).inside?.place).filter((p): p is string => !!p),
  );
  const points = places.rows
    .map((r) => r.value as { id: string; location: unknown })
    .filter((p) => wanted.has(p.id))
    .map((p) => [p.id, p.location])
    .sort();
  return JSON.stringify(points);
}

export function computeInputs(root = process.cwd()): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const path of [...INPUT_CODE.flatMap((p) => filesUnder(root, p)), ...INPUT_DATA]) {
    inputs[path] = sha256(readFileSync(join(root, path)));
  }
  inputs['data/tables/places.yaml#enclave-reference-points'] = sha256(enclaveReferencePoints(root));
  for (const source of Object.values(GEO_SOURCES)) inputs[`npm:${source.pkg}`] = `${source.version} ${source.integrity}`;
  for (const pkg of TOOL_PACKAGES) {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
    inputs[`npm:${pkg}`] = version;
  }
  return inputs;
}

export function computeOutputs(root = process.cwd()): Record<string, string> {
  return Object.fromEntries(OUTPUT_PATHS.map((p) => [p, sha256(readFileSync(join(root, p)))]));
}

export function readManifest(root = process.cwd()): Manifest {
  return JSON.parse(readFileSync(join(root, MANIFEST_PATH), 'utf8')) as Manifest;
}

/** Differences between a recorded and a recomputed hash map, as readable lines. */
export function diffHashes(recorded: Record<string, string>, actual: Record<string, string>): string[] {
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(recorded), ...Object.keys(actual)])) {
    if (!(key in actual)) lines.push(`${key}: recorded in the manifest but no longer exists`);
    else if (!(key in recorded)) lines.push(`${key}: new since the outputs were built`);
    else if (recorded[key] !== actual[key]) lines.push(`${key}: changed since the outputs were built`);
  }
  return lines;
}
