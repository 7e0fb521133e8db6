/**
 * npm run data:check — fast (no downloads): are the data valid, and do the committed outputs
 * still match the scripts and sources that made them?
 *   1. every table validates (schema, references, dates, places against the built geometry);
 *   2. the inputs of the geometry pipeline hash as recorded in data/build/manifest.json;
 *   3. the outputs hash as recorded (nobody edited a generated file by hand);
 *   4. all map data together stays within its gzip budget.
 * For the slow, exact check run npm run data:verify (rebuilds and compares bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../../src/lib/data/load.ts';
import { computeInputs, computeOutputs, diffHashes, readManifest, OUTPUT_PATHS } from './manifest.ts';
import { MAP_DATA_BUDGET_GZIP_BYTES } from './budgets.ts';

const root = process.cwd();
const problems: string[] = [];

try {
  const dataset = loadDataset({ root });
  const counts = Object.entries(dataset).map(([name, rows]) => `${name} ${(rows as unknown[]).length}`);
  console.log(`✓ tables valid: ${counts.join(', ')}`);
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
}

const manifest = readManifest(root);
const staleInputs = diffHashes(manifest.inputs, computeInputs(root));
if (staleInputs.length > 0) {
  problems.push(`The generated map data is stale; run \`npm run data\` and commit the result:\n  - ${staleInputs.join('\n  - ')}`);
} else console.log('✓ geometry inputs unchanged since the outputs were built');

const editedOutputs = diffHashes(manifest.outputs, computeOutputs(root));
if (editedOutputs.length > 0) {
  problems.push(`Generated files differ from what the pipeline wrote (never edit them by hand; run \`npm run data\`):\n  - ${editedOutputs.join('\n  - ')}`);
} else console.log('✓ generated files match the manifest');

const mapFiles = OUTPUT_PATHS.filter((p) => p.endsWith('.topo.json'));
const gzipped = mapFiles.reduce((sum, p) => sum + gzipSync(readFileSync(join(root, p)), { level: 9 }).length, 0);
const line = `map data ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${(MAP_DATA_BUDGET_GZIP_BYTES / 1024).toFixed(0)} KB)`;
if (gzipped > MAP_DATA_BUDGET_GZIP_BYTES) problems.push(`Over budget: ${line}`);
else console.log(`✓ ${line}`);

if (problems.length > 0) {
  console.error(`\n✗ ${problems.join('\n\n✗ ')}`);
  process.exitCode = 1;
}
