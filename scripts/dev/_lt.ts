import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '/work/main/scripts/browser/chromium.ts';
import { serveDist } from '/work/main/scripts/bench/static-server.ts';
const server = await serveDist('/work/main/dist', 4395);
const browser = await chromium.launch(chromiumLaunchOptions());
const vp = process.argv[2] === 'desktop' ? { width: 1280, height: 800 } : { width: 412, height: 823 };
const page = await browser.newPage({ viewport: vp });
await page.addInitScript(() => {
  (window as any).__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration), document.querySelector('[data-active-step]')?.getAttribute('data-active-step')]); }).observe({ type: 'longtask', buffered: true });
});
await page.goto('http://127.0.0.1:4395/', { waitUntil: 'load' });
await page.waitForTimeout(1500);
const t0 = await page.evaluate(() => performance.now());
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0; y < h; y += 40) { await page.mouse.wheel(0, 40); await page.waitForTimeout(16); }
await page.waitForTimeout(1000);
console.log('scroll start', Math.round(t0));
console.log(await page.evaluate(() => JSON.stringify((window as any).__lt)));
await browser.close(); server.close();
