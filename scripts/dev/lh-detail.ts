/** One Lighthouse mobile run with the details that explain its figures (for looking, not testing). */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { serveDist } from '../bench/static-server.ts';

const server = await serveDist('dist', 4392);
const chrome = await chromeLauncher.launch({ chromePath: findChromium()!, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  const r = await lighthouse('http://127.0.0.1:4392/', { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']) console.log(id, a[id]?.displayValue);
  const show = (id: string, n = 8) => {
    const d = a[id]?.details as { items?: Record<string, unknown>[] } | undefined;
    console.log(`\n# ${id}: ${a[id]?.displayValue ?? ''}`);
    for (const item of (d?.items ?? []).slice(0, n)) console.log(JSON.stringify(item).slice(0, 400));
  };
  for (const id of ['largest-contentful-paint-element', 'lcp-lazy-loaded', 'render-blocking-resources', 'bootup-time', 'mainthread-work-breakdown', 'long-tasks', 'layout-shifts', 'font-display', 'critical-request-chains']) show(id);
} finally {
  await chrome.kill();
  server.close();
}
