import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '/work/main/scripts/browser/chromium.ts';
import { serveDist } from '/work/main/scripts/bench/static-server.ts';
const server = await serveDist('/work/main/dist', 4396);
const browser = await chromium.launch(chromiumLaunchOptions());
const vp = process.argv[2] === 'desktop' ? { width: 1280, height: 800 } : { width: 412, height: 823 };
const page = await browser.newPage({ viewport: vp });
await page.addInitScript(() => {
  (window as any).__ls = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any) (window as any).__ls.push({ t: Math.round(e.startTime), v: +e.value.toFixed(4), input: e.hadRecentInput, step: document.querySelector('[data-active-step]')?.getAttribute('data-active-step'), src: e.sources.map((s: any) => `${s.node?.nodeName}.${s.node?.className?.baseVal ?? s.node?.className} ${JSON.stringify(s.previousRect)}->${JSON.stringify(s.currentRect)}`) }); }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto('http://127.0.0.1:4396/', { waitUntil: 'load' });
await page.waitForTimeout(1500);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0; y < h; y += 40) { await page.mouse.wheel(0, 40); await page.waitForTimeout(16); }
await page.waitForTimeout(1000);
for (const e of await page.evaluate(() => (window as any).__ls)) console.log(JSON.stringify(e).slice(0, 700));
await browser.close(); server.close();
