/**
 * npm run bench: builds the site, serves dist/ on 127.0.0.1 as a static host would (gzip, the
 * _headers file), and measures it in Chromium: Lighthouse (mobile and desktop, median of runs), a
 * reader's scroll through the whole story on a phone and a desktop (frames, long tasks, layout
 * shift, bytes, DOM nodes at load), also under 4× CPU throttling, and the size of what is shipped.
 *
 * A same-run reference: when ../shared/anchors/scrollama-sticky-side/ exists beside the repository
 * (scrollama's own sticky-side demo), it is served on a second port by the same server and its page
 * /sticky-side/ gets the same Lighthouse runs, interleaved with the story's, so the story's LCP and
 * TBT can be given as ratios to it (story ÷ anchor) however fast or busy the machine is. Only this
 * script reads that folder; the site never does.
 *
 * Every edition (src/content/locales.yaml) is measured the same way, and every budget holds for
 * each: the source locale's figures are at the top of the result (lighthouse, scroll, ratios: the
 * paths the budgets name), every other edition's under editions.<tag>.
 *
 * Prints the tables, writes bench/latest.json (a partial run, with --only or --skip-lighthouse,
 * writes .cache/bench-partial.json instead), and exits non-zero when a budget in
 * bench/budgets.json breaks.
 *
 *   npm run bench [-- --no-build] [-- --runs 3] [-- --only lighthouse|scroll] [-- --skip-lighthouse] [-- --no-anchor]
 */
import { pageScriptsGzipKB } from './page-scripts.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { findChromium } from '../browser/chromium.ts';
import { budgetTable, checkBudgets, parseBudgets, type Budget } from './budgets.ts';
import { runLighthouseInterleaved, type LighthouseSummary, type Preset } from './lighthouse-runs.ts';
import { loadLocales } from '../../src/lib/i18n/locales.ts';
import { lighthouseTable, ratioTable, ratiosOf, scrollTable, type Ratios } from './report.ts';
import { measureScroll, type ScrollSummary } from './scroll-runs.ts';
import { measureOfflineCopy, type OfflineCopySummary } from './offline-copy.ts';
import { serveDist } from './static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(ROOT);

const USAGE = 'usage: npm run bench [-- --no-build] [-- --runs N] [-- --only lighthouse|scroll] [-- --skip-lighthouse] [-- --no-anchor]';
const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const eq = args.find((a) => a.startsWith(`${name}=`));
  if (eq) return eq.slice(name.length + 1);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const known = new Set(['--no-build', '--runs', '--only', '--skip-lighthouse', '--no-anchor']);
for (const [i, a] of args.entries()) {
  const name = a.split('=')[0]!;
  const isValue = i > 0 && ['--runs', '--only'].includes(args[i - 1]!);
  if (!isValue && !known.has(name)) {
    console.error(`unknown option ${a}\n${USAGE}`);
    process.exit(2);
  }
}
const flag = (name: string) => args.includes(name);
const runsOption = option('--runs');
const runs = runsOption === undefined ? 3 : Number(runsOption);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs wants a whole number of runs, not ${runsOption}\n${USAGE}`);
  process.exit(2);
}
const only = option('--only');
if (only !== undefined && only !== 'lighthouse' && only !== 'scroll') {
  console.error(`--only wants lighthouse or scroll, not ${only}\n${USAGE}`);
  process.exit(2);
}
const doLighthouse = !flag('--skip-lighthouse') && only !== 'scroll';
const doScroll = only !== 'lighthouse';

const PORT = 4390;
const ANCHOR_PORT = 4391;
const DIST = 'dist';
/** the reference page, beside the repository; measured only when present */
const ANCHOR_DIR = resolve(ROOT, '../shared/anchors/scrollama-sticky-side');
const ANCHOR_PAGE = '/sticky-side/';

if (!flag('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No ${DIST}/index.html: build the site first (npx astro build), or drop --no-build`);
  process.exit(1);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium: set CHROMIUM_PATH, install Debian’s chromium, or run node scripts/browser/ensure-chromium.mjs');
  process.exit(1);
}

/** Whether the reference page can be measured this run, and why not when it cannot. */
function anchorState(): { use: true } | { use: false; why: string } {
  if (!doLighthouse) return { use: false, why: 'Lighthouse not run' };
  if (flag('--no-anchor')) return { use: false, why: '--no-anchor' };
  if (!existsSync(ANCHOR_DIR)) return { use: false, why: `no folder ${relative(ROOT, ANCHOR_DIR)}` };
  if (!existsSync(join(ANCHOR_DIR, ANCHOR_PAGE, 'index.html'))) return { use: false, why: `no ${ANCHOR_PAGE}index.html in ${relative(ROOT, ANCHOR_DIR)}` };
  return { use: true };
}
const anchorUse = anchorState();

/** Gzipped size of files in a folder (level 9, as a static host would send them), KB. */
function gzipKB(dir: string, test: (name: string) => boolean): number {
  const bytes = readdirSync(dir)
    .filter(test)
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

const files = {
  htmlGzipKB: gzipKB(DIST, (f) => f === 'index.html'),
  // the JavaScript a reader of the story can load (its script and what it imports on demand),
  // and a reader of an embed; other pages' scripts are theirs (scripts/bench/page-scripts.ts)
  jsGzipKB: pageScriptsGzipKB(DIST, 'index.html'),
  embedJsGzipKB: pageScriptsGzipKB(DIST, 'embed/opening/index.html'),
  cssGzipKB: gzipKB(join(DIST, '_astro'), (f) => f.endsWith('.css')),
  mapDataGzipKB: gzipKB(join(DIST, 'data'), (f) => f.endsWith('.topo.json')),
};

const servers: Server[] = [await serveDist(DIST, PORT)];
const url = `http://127.0.0.1:${PORT}/`;
/** the other editions, under their folders */
const others = loadLocales().filter((l) => l.path !== '').map((l) => ({ tag: l.tag, url: `${url}${l.path}/` }));
const anchorUrl = `http://127.0.0.1:${ANCHOR_PORT}${ANCHOR_PAGE}`;
let lighthouse: Record<Preset, LighthouseSummary> | null = null;
let anchor: { dir: string; page: string; mobile: LighthouseSummary; desktop: LighthouseSummary } | null = null;
let scroll: Record<string, ScrollSummary> | null = null;
let offline: OfflineCopySummary | null = null;
const editions: Record<string, { lighthouse: Record<Preset, LighthouseSummary> | null; scroll: Record<string, ScrollSummary> | null; offline: OfflineCopySummary | null; ratios?: Record<Preset, Ratios> | null; files: { htmlGzipKB: number } }> = Object.fromEntries(
  others.map((o) => [o.tag, { lighthouse: null, scroll: null, offline: null, files: { htmlGzipKB: gzipKB(join(DIST, o.url.slice(url.length)), (f) => f === 'index.html') } }]),
);
try {
  if (doLighthouse) {
    const pages: Record<string, string> = { story: url, ...Object.fromEntries(others.map((o) => [`story-${o.tag}`, o.url])) };
    if (anchorUse.use) {
      servers.push(await serveDist(ANCHOR_DIR, ANCHOR_PORT));
      pages.anchor = anchorUrl;
    }
    console.log(`Lighthouse, ${runs} run(s) each preset, ${Object.keys(pages).join(' and ')}${anchorUse.use ? ' interleaved' : ` (no reference page: ${anchorUse.why})`}…`);
    const measured = await runLighthouseInterleaved(pages, chromePath, runs, ['mobile', 'desktop'], (l) => console.log(l));
    lighthouse = measured.story!;
    for (const o of others) editions[o.tag]!.lighthouse = measured[`story-${o.tag}`]!;
    if (measured.anchor) anchor = { dir: relative(ROOT, ANCHOR_DIR), page: ANCHOR_PAGE, ...measured.anchor };
  }
  if (doScroll) {
    scroll = {};
    for (const viewport of ['phone', 'desktop'] as const) {
      console.log(`Scrolling the story, ${viewport}…`);
      scroll[viewport] = await measureScroll(url, viewport);
      console.log(`Scrolling the story, ${viewport}, 4× CPU throttling…`);
      scroll[`${viewport}Cpu4x`] = await measureScroll(url, viewport, 4);
      for (const o of others) {
        console.log(`Scrolling the ${o.tag} edition, ${viewport}…`);
        editions[o.tag]!.scroll ??= {};
        editions[o.tag]!.scroll![viewport] = await measureScroll(o.url, viewport);
      }
    }
    console.log('The offline copy a first visit downloads…');
    offline = await measureOfflineCopy(url);
    for (const o of others) editions[o.tag]!.offline = await measureOfflineCopy(o.url);
  }
} finally {
  for (const s of servers) s.close();
}

/** story ÷ anchor of the Lighthouse medians, each preset; null without the reference page */
const ratios: Record<Preset, Ratios> | null =
  lighthouse && anchor ? { mobile: ratiosOf(lighthouse.mobile, anchor.mobile), desktop: ratiosOf(lighthouse.desktop, anchor.desktop) } : null;
for (const e of Object.values(editions)) {
  e.ratios = e.lighthouse && anchor ? { mobile: ratiosOf(e.lighthouse.mobile, anchor.mobile), desktop: ratiosOf(e.lighthouse.desktop, anchor.desktop) } : null;
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
  machine: { cpus: cpus().length, node: process.version, chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() },
  files,
  lighthouse,
  scroll,
  offline,
  anchor,
  ratios,
  editions,
};
// a partial run never replaces the full result the README quotes
const full = lighthouse !== null && scroll !== null;
const out = full ? 'bench/latest.json' : '.cache/bench-partial.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

const budgets: Budget[] = parseBudgets(JSON.parse(readFileSync('bench/budgets.json', 'utf8')));
const notRun = (b: Budget) =>
  (!doLighthouse && (b.path.startsWith('lighthouse.') || b.path.startsWith('ratios.') || b.path.startsWith('anchor.'))) ||
  (!doScroll && (b.path.startsWith('scroll.') || b.path.startsWith('offline.')));
// every budget of a page's measures (not the site's files, which every edition shares) holds for every edition
const perEdition = (b: Budget) => /^(lighthouse|scroll|offline|ratios)\./.test(b.path);
const editionBudgets = Object.keys(editions).flatMap((tag) =>
  budgets.filter(perEdition).map((b) => ({ ...b, path: `editions.${tag}.${b.path}`, label: `${b.label} (${tag})` })),
);
const checks = checkBudgets(result, [...budgets, ...editionBudgets], (b) => notRun({ ...b, path: b.path.replace(/^editions\.[^.]+\./, '') }));

console.log(`\nBudgets (bench/budgets.json)\n${budgetTable(checks)}`);
if (lighthouse) {
  const pages = (['mobile', 'desktop'] as const).flatMap((preset) => [
    { name: 'story', preset, l: lighthouse![preset] },
    ...(anchor ? [{ name: 'anchor', preset, l: anchor[preset] }] : []),
  ]);
  for (const [tag, e] of Object.entries(editions)) {
    if (e.lighthouse) pages.push(...(['mobile', 'desktop'] as const).map((preset) => ({ name: `story (${tag})`, preset, l: e.lighthouse![preset] })));
  }
  console.log(`\nLighthouse medians${anchor ? ` (anchor: ${anchor.dir}${anchor.page})` : ''}\n${lighthouseTable(pages)}`);
  for (const { name, preset, l } of pages) {
    if (name === 'story' && l.failing.length > 0) console.log(`  story ${preset}, not passing: ${l.failing.join(', ')}`);
  }
  if (anchor && ratios) console.log(`\nStory against the same-run reference (medians, story ÷ anchor)\n${ratioTable(lighthouse, { mobile: anchor.mobile, desktop: anchor.desktop }, ratios)}`);
  else console.log(`\nStory ÷ anchor: not measured (${anchorUse.use ? 'no result' : anchorUse.why})`);
}
if (scroll) console.log(`\nScroll runs (the 4× CPU-throttled runs carry no budget)\n${scrollTable(scroll)}`);
for (const [tag, e] of Object.entries(editions)) if (e.scroll) console.log(`\nScroll runs, the ${tag} edition\n${scrollTable(e.scroll)}`);
if (offline) {
  const copy = (c: OfflineCopySummary) => `${c.copyKB} KB in ${c.requests} files`;
  const copies = [copy(offline), ...Object.entries(editions).flatMap(([tag, e]) => (e.offline ? [`${tag} ${copy(e.offline)}`] : []))];
  console.log(`\nThe offline copy the worker downloads after a first visit, as sent: ${copies.join('; ')}`);
}
console.log(
  `\nFiles, gzipped: HTML ${files.htmlGzipKB} KB, JS ${files.jsGzipKB} KB (an embed's ${files.embedJsGzipKB} KB), CSS ${files.cssGzipKB} KB, map data ${files.mapDataGzipKB} KB`,
);

console.log(`\nwritten: ${out}${full ? '' : ' (a partial run; bench/latest.json left alone)'}`);
const broken = checks.filter((c) => !c.ok);
if (broken.length > 0) {
  console.error(`${broken.length} budget(s) broken: ${broken.map((c) => c.budget.label).join('; ')}`);
  process.exit(1);
}
const unmeasured = checks.filter((c) => c.status === 'not-measured');
if (unmeasured.length > 0) console.log(`not measured (optional): ${unmeasured.map((c) => c.budget.label).join('; ')}`);
console.log('every budget that was measured holds');
