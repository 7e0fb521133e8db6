import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '/work/main/scripts/browser/chromium.ts';
import { serveDist } from '/work/main/scripts/bench/static-server.ts';
const server = await serveDist('/work/main/dist', 4397);
const browser = await chromium.launch(chromiumLaunchOptions());
for (const vp of [{ width: 320, height: 640 }, { width: 412, height: 823 }, { width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
  const page = await browser.newPage({ viewport: vp });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('http://127.0.0.1:4397/', { waitUntil: 'load' });
  const ids: string[] = await page.evaluate(() => [...document.querySelectorAll('.step')].map((s) => s.id));
  let max = 0, maxId = '';
  for (const id of ids) {
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), id);
    await page.waitForFunction((id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id, id, { timeout: 5000 }).catch(() => {});
    const h = await page.evaluate(() => { const c = document.querySelector('.graphic__caption')!; return [c.getBoundingClientRect().height, document.querySelector('.graphic__legend')!.getBoundingClientRect().height, document.querySelector('.graphic__credit')!.getBoundingClientRect().height]; });
    if (h[0]! > max) { max = h[0]!; maxId = `${id} ${h.join('/')}`; }
  }
  console.log(vp.width, 'max caption', max, maxId);
  await page.close();
}
await browser.close(); server.close();
