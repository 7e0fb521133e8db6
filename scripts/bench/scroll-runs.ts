/**
 * A reader's visit, measured in Chromium through Playwright: load the story, wait, then scroll it
 * from top to bottom at a steady reading-and-skimming pace while recording every frame, every
 * long task and every layout shift, and every byte by type, before and after the scroll; and the
 * number of elements in the page once it has loaded, before the scroll.
 */
import { chromium, devices, type BrowserContextOptions } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { percentile, shareAbove } from './stats.ts';

export type ViewportName = 'phone' | 'desktop';

export interface ScrollSummary {
  viewport: ViewportName;
  cpuThrottling: number;
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameP99Ms: number;
  framesOver20Ms: number;
  framesOver50Ms: number;
  longTasks: number;
  longestTaskMs: number;
  /** layout shift over the whole visit (load and scroll), as Chromium reports it */
  layoutShift: number;
  /** elements in the document after load and the settling wait, before any scroll */
  domNodesAtLoad: number;
  beforeScrollKB: number;
  afterScrollKB: number;
  bytesByType: { beforeScroll: Record<string, number>; afterScroll: Record<string, number> };
  fontFilesBeforeScroll: number;
  otherHostRequests: string[];
}

const VIEWPORTS: Record<ViewportName, BrowserContextOptions> = {
  phone: { ...devices['Pixel 7'] },
  desktop: { viewport: { width: 1440, height: 900 } },
};

/** Scroll speed, px per frame: about 1,500 px a second, a brisk skim. */
const SPEED = 25;

export async function measureScroll(url: string, viewport: ViewportName, cpuThrottling = 1): Promise<ScrollSummary> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // the page's own cost: the offline worker, which downloads its copy in the background after
    // load and would then serve the scroll's files, is measured on its own (offline-copy.ts)
    const context = await browser.newContext({ ...VIEWPORTS[viewport], reducedMotion: 'no-preference', serviceWorkers: 'block' });
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const bytes: { url: string; type: string; size: number; atScroll: boolean }[] = [];
    const others: string[] = [];
    let scrolling = false;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) others.push(r.url());
    });
    page.on('requestfinished', async (r) => {
      const atScroll = scrolling;
      const sizes = await r.sizes().catch(() => null);
      if (sizes) bytes.push({ url: r.url(), type: r.resourceType(), size: sizes.responseBodySize + sizes.responseHeadersSize, atScroll });
    });
    // tsx compiles this file with esbuild's keepNames, whose helper the page lacks
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(() => {
      const w = window as unknown as { __bench: { shifts: number; tasks: { start: number; duration: number }[] } };
      w.__bench = { shifts: 0, tasks: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__bench.shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    if (cpuThrottling > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    }
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.story__graphic[data-ready="true"]');
    await page.waitForTimeout(3000);
    const domNodesAtLoad = await page.evaluate(() => document.getElementsByTagName('*').length);
    scrolling = true;
    const run = await page.evaluate(async (speed) => {
      const frames: number[] = [];
      const start = performance.now();
      await new Promise<void>((done) => {
        let last = performance.now();
        const tick = (t: number) => {
          frames.push(t - last);
          last = t;
          const before = window.scrollY;
          window.scrollBy(0, speed);
          if (window.scrollY === before) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame((t) => {
          last = t;
          requestAnimationFrame(tick);
        });
      });
      // let the last step's moves finish
      await new Promise((r) => setTimeout(r, 1500));
      return { frames, start, end: performance.now() };
    }, SPEED);
    await page.waitForLoadState('networkidle');
    const { shifts, tasks } = await page.evaluate(() => (window as unknown as { __bench: { shifts: number; tasks: { start: number; duration: number }[] } }).__bench);
    const during = tasks.filter((t) => t.start >= run.start && t.start <= run.end);
    const byType = (atScroll: boolean) => {
      const out: Record<string, number> = {};
      for (const b of bytes.filter((x) => atScroll || !x.atScroll)) out[b.type] = Math.round(((out[b.type] ?? 0) + b.size / 1024) * 10) / 10;
      return out;
    };
    const total = (r: Record<string, number>) => Math.round(Object.values(r).reduce((s, v) => s + v, 0) * 10) / 10;
    const before = byType(false);
    const after = byType(true);
    // the first interval measures the wait for the first frame, not a frame
    const frames = run.frames.slice(1);
    return {
      viewport,
      cpuThrottling,
      frames: frames.length,
      frameP50Ms: round(percentile(frames, 50)),
      frameP95Ms: round(percentile(frames, 95)),
      frameP99Ms: round(percentile(frames, 99)),
      framesOver20Ms: round(shareAbove(frames, 20), 3),
      framesOver50Ms: round(shareAbove(frames, 50), 3),
      longTasks: during.length,
      longestTaskMs: round(Math.max(0, ...during.map((t) => t.duration))),
      layoutShift: round(shifts, 4),
      domNodesAtLoad,
      beforeScrollKB: total(before),
      afterScrollKB: total(after),
      bytesByType: { beforeScroll: before, afterScroll: after },
      fontFilesBeforeScroll: bytes.filter((b) => !b.atScroll && b.type === 'font').length,
      otherHostRequests: [...new Set(others)],
    };
  } finally {
    await browser.close();
  }
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
