/**
 * npm run bench: builds the site, serves dist/ on 127.0.0.1 as a static host would (gzip, the
 * _headers file), and measures it in Chromium: Lighthouse (mobile and desktop, median of runs), a
 * reader's scroll through the whole story on a phone and a desktop (frames, long tasks, layout
 * shift, bytes), also under 4× CPU throttling, and the size of what is shipped. Prints a table,
 * writes bench/latest.json (a run with --skip-lighthouse writes .cache/bench-partial.json), and
 * exits non-zero when a budget in bench/budgets.json breaks.
 *
 *   npm run bench [-- --no-build] [-- --runs 3] [-- --skip-lighthouse]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../browser/chromium.ts';
import { budgetTable, checkBudgets, type Budget } from './budgets.ts';
import { runLighthouse, type LighthouseSummary } from './lighthouse-runs.ts';
import { measureScroll, type ScrollSummary } from './scroll-runs.ts';
import { serveDist } from './static-server.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const PORT = 4390;
const DIST = 'dist';

if (!flag('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium: set CHROMIUM_PATH, install Debian’s chromium, or run node scripts/browser/ensure-chromium.mjs');
  process.exit(1);
}

/** Gzipped size of files in a folder (level 9, as a static host would send them), KB. */
function gzipKB(dir: string, test: (name: string) => boolean): number {
  const bytes = readdirSync(dir)
    .filter(test)
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

const files = {
  htmlGzipKB: gzipKB(DIST, (f) => f === 'index.html'),
  jsGzipKB: gzipKB(join(DIST, '_astro'), (f) => f.endsWith('.js')),
  cssGzipKB: gzipKB(join(DIST, '_astro'), (f) => f.endsWith('.css')),
  mapDataGzipKB: gzipKB(join(DIST, 'data'), (f) => f.endsWith('.topo.json')),
};

const server = await serveDist(DIST, PORT);
const url = `http://127.0.0.1:${PORT}/`;
let lighthouse: { mobile: LighthouseSummary; desktop: LighthouseSummary } | null = null;
const scroll: Record<string, ScrollSummary> = {};
try {
  if (!flag('--skip-lighthouse')) {
    console.log(`Lighthouse, ${runs} runs each preset…`);
    lighthouse = { mobile: await runLighthouse(url, chromePath, 'mobile', runs), desktop: await runLighthouse(url, chromePath, 'desktop', runs) };
  }
  for (const viewport of ['phone', 'desktop'] as const) {
    console.log(`Scrolling the story, ${viewport}…`);
    scroll[viewport] = await measureScroll(url, viewport);
    scroll[`${viewport}Cpu4x`] = await measureScroll(url, viewport, 4);
  }
} finally {
  server.close();
}

const git = (...a: string[]) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const result = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  machine: { cpus: cpus().length, node: process.version, chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim() },
  files,
  lighthouse,
  scroll,
};
// a partial run (no Lighthouse) never replaces the full result the README quotes
const out = lighthouse ? 'bench/latest.json' : '.cache/bench-partial.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

const { budgets } = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { budgets: Budget[] };
const checks = checkBudgets(result, lighthouse ? budgets : budgets.filter((b) => !b.path.startsWith('lighthouse.')));
console.log(`\n${budgetTable(checks)}\n`);
for (const [name, s] of Object.entries(scroll)) {
  console.log(
    `${name.padEnd(11)} frames ${s.frames}, p50 ${s.frameP50Ms} ms, p95 ${s.frameP95Ms} ms, p99 ${s.frameP99Ms} ms, >20 ms ${(s.framesOver20Ms * 100).toFixed(1)} %, >50 ms ${(s.framesOver50Ms * 100).toFixed(1)} %, long tasks ${s.longTasks} (longest ${s.longestTaskMs} ms)`,
  );
}
if (lighthouse) {
  for (const [preset, l] of Object.entries(lighthouse)) {
    console.log(
      `lighthouse ${preset}: perf ${l.performance}, a11y ${l.accessibility}, best practices ${l.bestPractices}, SEO ${l.seo}; FCP ${Math.round(l.fcpMs)} ms, LCP ${Math.round(l.lcpMs)} ms, TBT ${Math.round(l.tbtMs)} ms, CLS ${l.cls.toFixed(3)}; ${l.transferKB.toFixed(1)} KB in ${l.requests} requests (JS ${l.jsKB.toFixed(1)} KB)`,
    );
    if (l.failing.length > 0) console.log(`  not passing: ${l.failing.join(', ')}`);
  }
}
console.log(`\nwritten: ${out}`);
const broken = checks.filter((c) => !c.ok);
if (broken.length > 0) {
  console.error(`${broken.length} budget(s) broken: ${broken.map((c) => c.budget.label).join('; ')}`);
  process.exit(1);
}
