import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { startPreview } from './preview.ts';
const server = await startPreview(4331);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
await page.goto('http://localhost:4331/');
await page.emulateMedia({ media: 'print' });
await page.waitForTimeout(500);
console.log(await page.evaluate(() => {
  const out: string[] = [];
  let el: HTMLElement | null = document.querySelector('.step__card');
  while (el) { const cs = getComputedStyle(el); out.push(`${el.tagName}.${el.className} disp=${cs.display} w=${Math.round(el.getBoundingClientRect().width)} mw=${cs.maxWidth} ba=${cs.breakAfter} bi=${cs.breakInside} cv=${cs.contentVisibility} contain=${cs.contain} pos=${cs.position}`); el = el.parentElement; }
  return out.join('\n');
}));
await browser.close(); server.kill();
