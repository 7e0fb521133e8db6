/**
 * Lighthouse against the served site: the mobile preset (simulated slow 4G and a mid-range phone)
 * and the desktop preset, `runs` times each; every figure is the median of the runs.
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

export async function runLighthouse(url: string, chromePath: string, preset: 'mobile' | 'desktop', runs: number): Promise<LighthouseSummary> {
  const results: ReturnType<typeof summarise>[] = [];
  for (let i = 0; i < runs; i++) {
    // a fresh browser per run: no cache, no state carried between runs
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      results.push(summarise(result.lhr));
    } finally {
      await chrome.kill();
    }
  }
  const m = (k: keyof Omit<ReturnType<typeof summarise>, 'failing'>) => median(results.map((r) => r[k]));
  return {
    runs,
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
