/**
 * npm run data           rebuild every generated file under public/data/ and data/build/
 * npm run data:verify    rebuild in memory and compare byte for byte with what is committed
 *
 * The geometry sources are fetched on demand (see geometry/sources.ts); the build is
 * deterministic, so a second run writes identical bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGeometry } from './geometry/build-geometry.ts';
import { MANIFEST_PATH, REPORT_PATH, computeInputs, sha256, type Manifest } from './manifest.ts';
import { loadDataset } from '../../src/lib/data/load.ts';

const root = process.cwd();
const verify = process.argv.includes('--verify');
const log = (line: string) => console.log(`  ${line}`);

function render(): Map<string, string> {
  const started = Date.now();
  const { files, report } = buildGeometry(log);
  const out = new Map<string, string>();
  for (const [id, topo] of Object.entries(files)) out.set(`public/data/${id}.topo.json`, JSON.stringify(topo));
  out.set(REPORT_PATH, JSON.stringify(report, null, 2) + '\n');
  const manifest: Manifest = {
    inputs: computeInputs(root),
    outputs: Object.fromEntries([...out].map(([path, text]) => [path, sha256(text)])),
  };
  out.set(MANIFEST_PATH, JSON.stringify(manifest, null, 2) + '\n');
  log(`geometry built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [path, text] of out) {
    if (path.endsWith('.topo.json')) log(`${path}: ${(text.length / 1024).toFixed(1)} KB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
  }
  log(`KG–TJ line: ${report.kgTjBorder.fullResolutionKm} km at full resolution; shipped ${JSON.stringify(report.kgTjBorder.shippedKm)}`);
  return out;
}

function main(): number {
  console.log(verify ? 'Rebuilding the data in memory to compare with the committed files…' : 'Building the data…');
  const out = render();
  if (verify) {
    const differing = [...out].filter(([path, text]) => {
      try {
        return readFileSync(join(root, path), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (differing.length > 0) {
      console.error(`\n✗ These committed files differ from a fresh build (run npm run data and commit):\n${differing.map(([p]) => `  - ${p}`).join('\n')}`);
      return 1;
    }
    console.log('\n✓ The committed outputs are byte-identical to a fresh build.');
    return 0;
  }
  for (const [path, text] of out) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  // The tables are checked against the geometry just written.
  loadDataset({ root });
  console.log('\n✓ Data built; every table validates against it.');
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
