/**
 * Screenshots of the built site for looking at it (not a test):
 *   npx tsx scripts/dev/screenshot.ts [path] [out-dir] [css selector]
 * Serves dist/ with `astro preview` on a spare port and writes phone and desktop PNGs.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { startPreview } from './preview.ts';

const path = process.argv[2] ?? '/';
const outDir = process.argv[3] ?? '.cache/screenshots';
const selector = process.argv[4];
const port = 4399;
mkdirSync(outDir, { recursive: true });

const server = await startPreview(port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1440, height: 900 }],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
    page.on('console', (m) => m.type() === 'error' && console.error(`  console: ${m.text()}`));
    await page.goto(`http://localhost:${port}${path}`);
    await page.evaluate(() => document.fonts.ready);
    const hash = path.split('#')[1];
    if (hash) {
      // a step of the story: wait for the graphic to show it, then capture the viewport
      await page.waitForSelector(`[data-active-step="${hash}"][data-ready="true"]`, { timeout: 10000 }).catch(() => console.error(`  step ${hash} not shown`));
      await page.waitForTimeout(1500);
    }
    const file = `${outDir}/${path.replace(/\W+/g, '_') || 'index'}${selector ? '-part' : ''}-${name}.png`;
    if (selector) await page.locator(selector).locator('visible=true').first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: !hash });
    console.log(file);
  }
  await browser.close();
} finally {
  server.kill();
}
