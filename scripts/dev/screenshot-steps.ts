/**
 * Viewport screenshots of story steps in scroll mode (for looking, not testing):
 *   npx tsx scripts/dev/screenshot-steps.ts [step-id …]   (all steps when none is given)
 * Writes .cache/screenshots/steps/<step>-<phone|desktop>.png.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { startPreview } from './preview.ts';

const outDir = '.cache/screenshots/steps';
mkdirSync(outDir, { recursive: true });
const ids =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync('src/content/steps')
        .sort()
        .map((f) => /^id: (.+)$/m.exec(readFileSync(`src/content/steps/${f}`, 'utf8'))![1]!);
const port = 4398;
const server = await startPreview(port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1440, height: 900 }],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    page.on('console', (m) => m.type() === 'error' && console.error(`  console: ${m.text()}`));
    for (const id of ids) {
      await page.goto(`http://localhost:${port}/#${id}`);
      await page.waitForSelector(`[data-active-step="${id}"][data-ready="true"]`, { timeout: 10000 }).catch(() => console.error(`  ${name}: step ${id} not shown`));
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${outDir}/${id}-${name}.png` });
    }
  }
  await browser.close();
} finally {
  server.kill();
}
