/**
 * A contact sheet of screenshots, for looking at many at once:
 *   npx tsx scripts/dev/contact-sheet.ts <out.png> <columns> <width> <image …>
 * Lays the images out in a grid in headless Chromium (each scaled to <width> px, named under it).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';

const [out, cols, width, ...images] = process.argv.slice(2);
const c = Number(cols);
const w = Number(width);
const cells = images
  .map((path) => `<figure><img src="data:image/png;base64,${readFileSync(path).toString('base64')}" width="${w}"><figcaption>${path.split('/').at(-1)}</figcaption></figure>`)
  .join('');
const html = `<style>body{margin:0;display:grid;grid-template-columns:repeat(${c},${w}px);gap:6px;background:#888;font:11px sans-serif}figure{margin:0;background:#fff}img{display:block}figcaption{padding:2px 4px}</style>${cells}`;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: c * (w + 6), height: 400 } });
await page.setContent(html);
await page.screenshot({ path: out!, fullPage: true });
await browser.close();
