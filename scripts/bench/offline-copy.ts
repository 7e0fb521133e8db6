/**
 * What a first visit costs beyond the page: the edition's offline worker (scripts/build/offline.mjs)
 * installs after load and downloads its copy in the background. Measured on a phone with workers
 * allowed, as sent (gzipped by the server), once the worker controls the page.
 */
import { chromium, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';

export interface OfflineCopySummary {
  /** what the worker fetched to precache, KB */
  copyKB: number;
  requests: number;
}

export async function measureOfflineCopy(url: string): Promise<OfflineCopySummary> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'allow' });
    const sizes: Promise<number>[] = [];
    context.on('requestfinished', (r) => {
      if (r.serviceWorker()) sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { copyKB: Math.round((bytes / 1024) * 10) / 10, requests: sizes.length };
  } finally {
    await browser.close();
  }
}
