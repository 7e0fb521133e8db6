/**
 * Offline after one visit: the edition's service worker (scripts/build/offline.mjs) precaches its
 * story, sources page, lesson page, states, map data, figures and fonts. The site is served here
 * the way a static host serves it (scripts/bench/static-server.ts, on a port of its own), so the
 * test can take the server away: after one visit, with no server at all, the story reloads,
 * opens at deep links (projector mode too), draws its maps while scrolling, and no request fails.
 * A newer build's worker is announced, and taken only when the reader says so.
 * Desktop projects only: one worker per edition.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { serveDist } from '../scripts/bench/static-server.ts';
import { test, expect } from './fixtures.ts';
import { expectActive, scrollToStep } from './story.ts';

test.skip(({ isMobile }) => isMobile, 'the offline worker is checked once per edition, in its desktop project');
test.use({ serviceWorkers: 'allow' });

let version = '';
async function start(): Promise<{ server: Server; origin: string }> {
  const server = await serveDist('dist', 0, '127.0.0.1', (path, body) => (path.endsWith('/sw.js') && version ? Buffer.concat([body, Buffer.from(`\n// ${version}\n`)]) : body));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
const stop = (server: Server) => new Promise<void>((resolve) => {
  server.close(() => resolve());
  server.closeAllConnections();
});

/** Waits until the edition's worker is active and controls the page. */
async function controlled(page: Page, scope: string) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 20_000 }).toBe('activated');
  expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toMatch(new RegExp(`${scope.replace(/\//g, '\\/')}sw\\.js$`));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toMatch(new RegExp(`${scope.replace(/\//g, '\\/')}$`));
}

test('after one visit the story works with the network gone: reload, deep links, scrolling, sources, lesson', async ({ page, ed, watch }) => {
  test.setTimeout(60_000);
  version = '';
  const { server, origin } = await start();
  watch.siteHosts.push(new URL(origin).host);
  const failed: string[] = [];
  // (a request the page's own next navigation cancels, such as the favicon, is aborted, not failed)
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} ${r.failure()?.errorText}`));
  try {
    await page.goto(`${origin}${ed.base}`);
    await controlled(page, ed.base);
    // what it holds: this edition's pages, states, figures and folded sources, the shared data and fonts
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    const payload = await page.locator('[data-story]').getAttribute('data-payload');
    for (const path of [ed.base, `${ed.base}sources/`, `${ed.base}classroom/`, `/${payload}`, '/data/border.topo.json', `${ed.base}figures/vorukh.svg`, `${ed.base}sources/where.json`]) {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      expect(cached, file).toContain(file);
    }
    expect(cached.some((u) => u.endsWith('.woff2'))).toBe(true);
    // its own edition only, and none of the newsroom kit
    const other = ed.tag === 'en' ? '/ru/' : '/figures/';
    expect(cached.filter((u) => u.startsWith(other) && u !== '/favicon.svg')).toEqual([]);
    expect(cached.filter((u) => /\/(graphics|embed|downloads|republish)\//.test(u))).toEqual([]);
  } finally {
    await stop(server);
  }

  // no server now: everything comes from the worker
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(`${origin}${ed.base}sources/`);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(`${origin}${ed.base}#vorukh`);
  await expectActive(page, 'vorukh');
  await expect(page.locator('.story__graphic')).not.toHaveAttribute('data-drawn-by', 'build');
  // drawn from the cached map data: the enclave is there
  await expect(page.locator('.story__graphic .map--live .map__enclave').first()).toBeAttached();
  for (const id of ['water', 'april-2021', 'tolls-2022', 'treaty']) {
    await scrollToStep(page, id);
    await expectActive(page, id);
  }
  await page.goto(`${origin}${ed.base}classroom/`);
  await expect(page.locator('#warm-up svg:visible')).toHaveCount(1);
  await page.goto(`${origin}${ed.base}?mode=projector#september-2022`);
  await expect(page.locator('.step[data-current]')).toHaveAttribute('id', 'september-2022');
  await expectActive(page, 'september-2022');
  expect(failed).toEqual([]);
});

test('a newer version is announced, and taken when the reader asks', async ({ page, ed, watch }) => {
  test.setTimeout(60_000);
  version = '';
  const { server, origin } = await start();
  watch.siteHosts.push(new URL(origin).host);
  try {
    await page.goto(`${origin}${ed.base}`);
    await controlled(page, ed.base);
    const notice = page.locator('.offline-notice');
    await expect(notice).toBeHidden();
    // a new build is published
    version = 'a newer build';
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText(ed.t('offline.update'));
    const first = await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    expect(first).toBe(1);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: ed.t('offline.reload') }).click()]);
    // the page reloaded into the new worker, which now controls it
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await controlled(page, ed.base);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(false);
    await expect(page.locator('.offline-notice')).toBeHidden();
  } finally {
    await stop(server);
  }
});
