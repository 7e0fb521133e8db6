/**
 * Lighthouse against the served site: the mobile preset (simulated slow 4G and a mid-range phone)
 * and the desktop preset, `runs` times each; every figure is the median of the runs. Several pages
 * (the story and a reference page) can be measured in one session with their runs interleaved.
 */
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../browser/chromium.ts';
import { median } from './stats.ts';

export interface LighthouseSummary {
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  transferKB: number;
  jsKB: number;
  requests: number;
  /** audits that did not pass in the median run's categories other than performance, for the report */
  failing: string[];
}

interface NetworkItem {
  url: string;
  transferSize?: number;
  resourceType?: string;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function summarise(lhr: Lhr) {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []) as NetworkItem[];
  const failing = Object.values(lhr.categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}: ${r.id}`));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: num('first-contentful-paint'),
    lcpMs: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbtMs: num('total-blocking-time'),
    transferKB: num('total-byte-weight') / 1024,
    jsKB: items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0) / 1024,
    requests: items.length,
    failing,
  };
}

export type LighthouseRun = ReturnType<typeof summarise>;
export type Preset = 'mobile' | 'desktop';

/** One Lighthouse run of a page in a fresh browser (no cache, no state carried between runs). */
export async function lighthouseRun(url: string, chromePath: string, preset: Preset): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return summarise(result.lhr);
  } finally {
    await chrome.kill();
  }
}

/** The median of each figure over runs of one page and preset. */
export function summariseRuns(results: LighthouseRun[]): LighthouseSummary {
  const m = (k: keyof Omit<LighthouseRun, 'failing'>) => median(results.map((r) => r[k]));
  return {
    runs: results.length,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    cls: m('cls'),
    tbtMs: m('tbtMs'),
    transferKB: m('transferKB'),
    jsKB: m('jsKB'),
    requests: m('requests'),
    failing: [...new Set(results.flatMap((r) => r.failing))].sort(),
  };
}

export async function runLighthouse(url: string, chromePath: string, preset: Preset, runs: number): Promise<LighthouseSummary> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseRun(url, chromePath, preset));
  return summariseRuns(results);
}

/**
 * Several pages measured in one session, runs interleaved so that each page meets the same
 * machine: run i does every preset, and within a preset every page, the page order turned
 * round on every other run so no page always goes first.
 */
export async function runLighthouseInterleaved<K extends string>(
  pages: Record<K, string>,
  chromePath: string,
  runs: number,
  presets: Preset[] = ['mobile', 'desktop'],
  log: (line: string) => void = () => {},
): Promise<Record<K, Record<Preset, LighthouseSummary>>> {
  const names = Object.keys(pages) as K[];
  const results = new Map<string, LighthouseRun[]>();
  for (let i = 0; i < runs; i++) {
    for (const preset of presets) {
      for (const name of i % 2 === 0 ? names : [...names].reverse()) {
        log(`  run ${i + 1}/${runs}, ${preset}, ${name}`);
        const key = `${name}/${preset}`;
        results.set(key, [...(results.get(key) ?? []), await lighthouseRun(pages[name], chromePath, preset)]);
      }
    }
  }
  const out = {} as Record<K, Record<Preset, LighthouseSummary>>;
  for (const name of names) {
    out[name] = {} as Record<Preset, LighthouseSummary>;
    for (const preset of presets) out[name][preset] = summariseRuns(results.get(`${name}/${preset}`)!);
  }
  return out;
}
