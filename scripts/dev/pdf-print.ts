/**
 * The story as it prints, for looking: npx tsx scripts/dev/pdf-print.ts [out.pdf] [edition path, e.g. ru/]
 * (after `npx astro build`). Look at pages with `pdftoppm -png -r 60 out.pdf page`.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { startPreview } from './preview.ts';

const out = process.argv[2] ?? '.cache/story.pdf';
const edition = process.argv[3] ?? '';
const server = await startPreview(4330);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:4330/${edition}`);
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  // the endnotes arrive from their own file when the page turns to print (src/lib/client/endnotes.ts)
  await page.locator('.endnotes li').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  await page.pdf({ path: out, format: 'A4', printBackground: true });
  console.log(out);
} finally {
  await browser.close();
  server.kill();
}
