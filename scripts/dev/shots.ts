/**
 * Screenshots of the story for looking (not testing), in the viewports a reader uses:
 *   npx tsx scripts/dev/shots.ts [--lang=ru] [--viewports=phone,small,landscape,small-landscape,desktop] [--top] [--graphic] [step-id …]
 * Writes .cache/screenshots/shots/<lang>/<viewport>/<NN>-<step>.png; with --top, also the first screen;
 * with --graphic, the graphic alone instead, to <viewport>-graphic/ (for contact sheets).
 * Each step is reached the way a reader would land on it: its text scrolled to just under the
 * graphic (phones) or to the top (side by side), then given time to draw.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { startPreview } from './preview.ts';
import { readStory } from '../../src/lib/story/read-story.ts';

const VIEWPORTS = {
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
  small: { width: 360, height: 640, isMobile: true, hasTouch: true },
  landscape: { width: 844, height: 390, isMobile: true, hasTouch: true },
  'small-landscape': { width: 640, height: 360, isMobile: true, hasTouch: true },
  desktop: { width: 1440, height: 900, isMobile: false, hasTouch: false },
} as const;

const args = process.argv.slice(2);
const vpArg = args.find((a) => a.startsWith('--viewports='))?.split('=')[1];
const viewports = (vpArg ? vpArg.split(',') : Object.keys(VIEWPORTS)) as (keyof typeof VIEWPORTS)[];
const top = args.includes('--top');
const graphicOnly = args.includes('--graphic');
const lang = args.find((a) => a.startsWith('--lang='))?.split('=')[1] ?? 'en';
const editionPath = lang === 'en' ? '/' : `/${lang}/`;
const all = readStory().steps.map((s) => s.id);
const wanted = args.filter((a) => !a.startsWith('--'));
const ids = wanted.length > 0 ? wanted : all;
const port = 4397;
const server = await startPreview(port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const name of viewports) {
    const v = VIEWPORTS[name];
    const dir = `.cache/screenshots/shots/${lang}/${name}${graphicOnly ? '-graphic' : ''}`;
    mkdirSync(dir, { recursive: true });
    // reduced motion: each step's graphic is caught in its final state, not mid-transition
    const page = await browser.newPage({ viewport: { width: v.width, height: v.height }, isMobile: v.isMobile, hasTouch: v.hasTouch, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && console.error(`  ${name} console: ${m.text()}`));
    page.on('pageerror', (e) => console.error(`  ${name} page error: ${e.message}`));
    await page.goto(`http://localhost:${port}${editionPath}`);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(800);
    if (top) await page.screenshot({ path: `${dir}/00-top.png` });
    for (const id of ids) {
      await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForSelector(`[data-active-step="${id}"][data-ready="true"]`, { timeout: 8000 }).catch(() => console.error(`  ${name}: step ${id} not shown`));
      await page.waitForTimeout(250);
      const path = `${dir}/${String(all.indexOf(id) + 1).padStart(2, '0')}-${id}.png`;
      // a clip, not an element screenshot: that would scroll the sticky graphic "into view" and
      // with it move the story on to another step
      const box = graphicOnly ? await page.locator('.story__graphic').boundingBox() : null;
      if (box) await page.screenshot({ path, clip: box });
      else await page.screenshot({ path });
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
