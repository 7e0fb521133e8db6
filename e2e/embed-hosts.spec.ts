/**
 * The embed pages in the three kinds of host a newsroom puts them in: pym.js (its own parent
 * script, served by our site), AMP's amp-iframe and WordPress's wp-embed (both mimicked by
 * e2e/support/host-server.ts, on another origin). In each, for a map, a chart and the stacked story,
 * the iframe is as tall as the page it shows (within 2 px) on load, when the host's window narrows
 * to 360 px and the page reflows, and when it widens again (one of the two makes the page shorter:
 * the frame must shrink too); and nothing is asked of any host but the two local ones.
 * The embed pages report their height with public/embed/child.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { test as base, expect, watchPage } from './fixtures.ts';
import { startHostServer, type HostServer } from './support/host-server.ts';

let host: HostServer;

/**
 * The shared fixture's watch, with the host pages' origin local too. A WordPress frame is
 * sandboxed: its origin is opaque ("null"), so the browser refuses it anything the site serves
 * without Access-Control-Allow-Origin (module scripts, fonts, fetches; `astro preview` sends none
 * to "null"). Those refusals are the host's doing, not errors of the page: in that host they are
 * set aside (and listed in the test's annotations), and every other console error still fails.
 */
const test = base.extend<{ opaqueFrame: boolean }>({
  opaqueFrame: [false, { option: true }],
  // (an override keeps the shared fixture's { auto: true })
  watch: async ({ page, baseURL, opaqueFrame }, use, testInfo) => {
    const watch = watchPage(page, [new URL(baseURL!).host, new URL(host.origin).host]);
    await use(watch);
    let errors = watch.consoleErrors;
    if (opaqueFrame) {
      const refused = errors.filter((e) => /from origin 'null' has been blocked by CORS policy/.test(e));
      // each refusal is followed by one "Failed to load resource: net::ERR_FAILED"
      let failed = refused.length;
      errors = errors.filter((e) => !refused.includes(e) && !(e === 'Failed to load resource: net::ERR_FAILED' && failed-- > 0));
      for (const e of refused) testInfo.annotations.push({ type: 'refused to the sandboxed frame', description: e });
    }
    expect(errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});

// in the desktop projects (desktop, desktop-ru): the 360 px frame comes from narrowing the host's window
test.skip(({ isMobile }) => isMobile, 'the host pages are checked from the desktop projects');

test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  await host?.close();
});

/** The newsroom catalogue (dist/graphics.json), or nothing before a build that makes it. */
interface CatalogueEntry {
  id: string;
  kind?: 'map' | 'chart';
  csv?: string;
  geojson?: string;
}
const CATALOGUE = new URL('../dist/graphics.json', import.meta.url);
const catalogue: CatalogueEntry[] = existsSync(CATALOGUE) ? JSON.parse(readFileSync(CATALOGUE, 'utf8')) : [];
const kindOf = (g: CatalogueEntry) => g.kind ?? (g.geojson ? 'map' : g.csv ? 'chart' : undefined);
/** a graphic of this kind from the catalogue, `preferred` if it is there */
const pick = (kind: 'map' | 'chart', preferred: string) =>
  (catalogue.find((g) => g.id === preferred && kindOf(g) === kind) ?? catalogue.find((g) => kindOf(g) === kind))?.id ?? preferred;

const EMBEDS = [
  { name: 'a map', path: `embed/${pick('map', 'vorukh')}/` },
  { name: 'a chart', path: `embed/${pick('chart', 'km-agreed')}/` },
  { name: 'the stacked story', path: 'embed/story/' },
];

const SECRET = 'abc123';

const HOSTS: { name: string; protocol: 'pym' | 'amp' | 'wp'; open(page: Page, src: string, site: string): Promise<unknown> }[] = [
  { name: 'a pym.js', protocol: 'pym', open: (page, src, site) => page.goto(host.pym(src, `${site}/embed/pym.v1.min.js`)) },
  { name: 'an AMP', protocol: 'amp', open: (page, src) => page.goto(host.amp(src)) },
  { name: 'a WordPress', protocol: 'wp', open: (page, src) => page.goto(host.wp(src, SECRET)) },
];

/** The iframe's height, and the height of the page it shows. */
async function heights(page: Page, frame: Frame) {
  const iframe = await page.locator('iframe').evaluate((f) => f.clientHeight);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content };
}

/**
 * Waits until the iframe is as tall as its page, within 2 px, once the page has settled (its
 * height the same twice, 400 ms apart: fonts, a redrawn graphic); returns the page's height.
 */
async function expectFitted(page: Page, frame: Frame, when: string): Promise<number> {
  let last = -1;
  const settled = async () => {
    const { content } = await heights(page, frame);
    const same = content === last;
    last = content;
    return same;
  };
  await expect.poll(settled, { message: `the page settles ${when}`, intervals: [400], timeout: 10_000 }).toBe(true);
  const fit = async () => {
    const { iframe, content } = await heights(page, frame);
    return Math.abs(iframe - content) <= 2 ? 'fits' : `iframe ${iframe} px, page ${content} px`;
  };
  await expect.poll(fit, { message: `the iframe is as tall as its page ${when}`, timeout: 10_000 }).toBe('fits');
  return (await heights(page, frame)).content;
}

for (const h of HOSTS) {
  test.describe(`in ${h.name} host`, () => {
    test.use({ opaqueFrame: h.protocol === 'wp' });
    for (const embed of EMBEDS) {
      test(`${embed.name} fits its iframe, and follows when the window narrows to 360 px and widens again`, async ({ page, ed, baseURL }) => {
        const site = new URL(baseURL!).origin;
        await h.open(page, `${site}${ed.url(embed.path)}`, site);
        const element = page.locator('iframe');
        await expect(element).toHaveCount(1);
        const frame = (await (await element.elementHandle())!.contentFrame())!;
        expect(frame, 'the iframe’s frame').toBeTruthy();
        await frame.waitForLoadState('load');
        // each host set its frame up as it does in the wild
        if (h.protocol === 'pym') expect(new URL(frame.url()).searchParams.get('childId')).toBe('g');
        if (h.protocol === 'wp') expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-scripts');

        const wide = await expectFitted(page, frame, 'on load');
        await page.setViewportSize({ width: 360, height: 800 });
        await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().width)).toBeLessThanOrEqual(360);
        // the page reflows to the narrow frame (and so a stale height would show)
        await expect.poll(async () => Math.abs((await heights(page, frame)).content - wide), { message: 'the page reflows at 360 px' }).toBeGreaterThan(2);
        const narrow = await expectFitted(page, frame, 'at 360 px');
        // and back (one of the two changes makes the page shorter, and a height that counted the
        // frame's own, as scrollHeight does, could grow but never shrink)
        await page.setViewportSize({ width: 1440, height: 900 });
        await expect.poll(async () => Math.abs((await heights(page, frame)).content - narrow), { message: 'the page reflows when wide again' }).toBeGreaterThan(2);
        await expectFitted(page, frame, 'when wide again');
      });
    }
  });
}
