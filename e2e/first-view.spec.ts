/**
 * The first view costs the reader little: the opening map is drawn by the build, so until the
 * reader moves the browser loads no drawing code, no map data and no states, and draws nothing.
 * When the reader moves, the live graphic takes over the build's drawing (the same elements)
 * rather than drawing it again. "How we know" lists load when opened; without JavaScript the
 * sources page has them.
 */
import { test, expect } from './fixtures.ts';
import { expectActive, graphic, scrollToStep, stepIds } from './story.ts';

/** What the page asks for beyond the document, its own script, styles and fonts. */
const LATER = /\/data\/|\/_astro\/graphic\.|\/sources\/|\/figures\//;

test('until the reader moves, nothing is drawn and no drawing code or map data is fetched', async ({ page, ed }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(ed.url(''));
  await expect(graphic(page)).toHaveAttribute('data-ready', 'true');
  await page.waitForTimeout(1500);
  expect(asked.filter((p) => LATER.test(p))).toEqual([]);
  await expect(graphic(page)).toHaveAttribute('data-drawn-by', 'build');
  await expect(graphic(page)).toHaveAttribute('data-active-step', '__before');
  // the drawing on screen is a complete map: the two countries tinted, the line, names, the key
  // (the side-by-side layout's drawing shows the stacked one's base layers, scaled: <use>)
  const drawing = await page.evaluate(() => {
    const map = [...document.querySelectorAll<SVGSVGElement>('.map--live')].filter((m) => getComputedStyle(m).visibility !== 'hidden');
    const use = map[0]?.querySelector('.map__camera > use');
    const base = use ? document.querySelector(use.getAttribute('href')!) : map[0]?.querySelector('.map__camera');
    return {
      maps: map.length,
      tinted: [...(base?.querySelectorAll('.map__country.is-focus') ?? [])].map((c) => c.getAttribute('data-key')).sort(),
      line: base?.querySelectorAll('.map__line').length ?? 0,
      labels: map[0]?.querySelectorAll('.map__label').length ?? 0,
    };
  });
  expect(drawing.maps).toBe(1);
  expect(drawing.tinted).toEqual(['KGZ', 'TJK']);
  expect(drawing.line).toBeGreaterThan(0);
  expect(drawing.labels).toBeGreaterThan(3);
  await expect(page.locator('.graphic__legend .legend__item').first()).toBeVisible();
});

test('the first step takes over the build’s drawing: the same elements, not a new map', async ({ page, ed }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(ed.url(''));
  await expect(graphic(page)).toHaveAttribute('data-ready', 'true');
  // tag the elements the build drew, then step in
  const borrowed = await page.evaluate(() => {
    const map = [...document.querySelectorAll<SVGSVGElement>('.map--live')].find((m) => getComputedStyle(m).visibility !== 'hidden')!;
    for (const el of map.querySelectorAll('[data-key]')) (el as HTMLElement & { __fromBuild?: true }).__fromBuild = true;
    return map.querySelector('.map__camera > use') !== null;
  });
  const ids = await stepIds(page);
  await scrollToStep(page, ids[0]!);
  await expectActive(page, ids[0]!);
  await expect(graphic(page)).not.toHaveAttribute('data-drawn-by');
  const kept = await page.evaluate(() => {
    const live = document.querySelectorAll('.map--live');
    const fromBuild = (sel: string) => {
      const els = [...document.querySelectorAll(`.map--live ${sel}`)];
      return { all: els.length, kept: els.filter((el) => (el as HTMLElement & { __fromBuild?: true }).__fromBuild).length };
    };
    return { maps: live.length, countries: fromBuild('.map__country'), labels: fromBuild('.map__label--country') };
  });
  expect(kept.maps).toBe(1);
  expect(kept.countries.all).toBeGreaterThan(5);
  expect(kept.labels.all).toBeGreaterThan(3);
  expect(kept.labels.kept, 'country names the build drew and the browser kept').toBe(kept.labels.all);
  // the base layers too, where the drawing had its own (the stacked layout's)
  if (!borrowed) expect(kept.countries.kept, 'country shapes the build drew and the browser kept').toBe(kept.countries.all);
  // and only now came the drawing code, the states and the map data
  expect(asked.some((p) => /\/_astro\/graphic\./.test(p))).toBe(true);
  expect(asked.some((p) => /\/data\/story\.\w+\.json$/.test(p))).toBe(true);
});

test('"How we know" loads its list when opened; the sources page holds it for readers without JavaScript', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const howWeKnow = page.locator('#vorukh .how-we-know');
  await scrollToStep(page, 'vorukh');
  await howWeKnow.locator('summary').click();
  const rows = howWeKnow.locator('.how-we-know__rows li');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.first().locator('.how-we-know__sources a').first()).toHaveAttribute('href', /^https?:\/\//);
  // the same list, on the sources page, under the step's id
  const href = await howWeKnow.locator('.details__link a').getAttribute('href');
  expect(href).toMatch(/sources\/#vorukh$/);
  const listed = await rows.evaluateAll((li) => li.map((l) => l.querySelector('.how-we-know__ref')?.textContent));
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ed.t('sources_page.heading'));
  const onPage = await page.locator('#vorukh .how-we-know__rows li .how-we-know__ref').allTextContents();
  expect(onPage).toEqual(listed);
});

test('"Data behind this chart" loads its table when opened, the same as on the sources page', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  await scrollToStep(page, 'tolls-2022');
  const data = page.locator('#tolls-2022 .step__data');
  await expect(data.locator('table')).toHaveCount(0);
  await data.locator('summary').click();
  const table = data.getByRole('table');
  await expect(table).toBeVisible();
  const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
  expect(cells.length).toBeGreaterThan(2);
  await page.goto((await data.locator('.details__link a').getAttribute('href'))!);
  await expect(page.locator('#tolls-2022 table tbody tr').first().locator('th, td')).toHaveText(cells);
});

test.describe('on a 390 × 844 phone, the size the build drew the opening at', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first step keeps the base layers as drawn, and the camera then moves off them to a new view', async ({ page, ed }) => {
    await page.goto(ed.url(''));
    await expect(graphic(page)).toHaveAttribute('data-ready', 'true');
    const size = await page.locator('.map--stacked').evaluate((svg) => ({ drawn: svg.getAttribute('data-size'), frame: `${Math.round(svg.getBoundingClientRect().width)}x${Math.round(svg.getBoundingClientRect().height)}` }));
    expect(size.frame, 'the graphic is the size the build drew').toBe(size.drawn);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.map--stacked [data-key]')) (el as HTMLElement & { __fromBuild?: true }).__fromBuild = true;
    });
    const ids = await stepIds(page);
    await scrollToStep(page, ids[0]!);
    await expectActive(page, ids[0]!);
    const kept = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.map--live .map__country, .map--live .map__line')];
      return { all: all.length, kept: all.filter((el) => (el as HTMLElement & { __fromBuild?: true }).__fromBuild).length };
    });
    expect(kept.all).toBeGreaterThan(5);
    expect(kept.kept, 'base shapes the build drew, kept as they were').toBe(kept.all);
    // a new view: the camera moves off the build's drawing, then the new geometry is in place
    await scrollToStep(page, 'batken-and-sughd');
    await expectActive(page, 'batken-and-sughd');
    await expect.poll(() => page.evaluate(() => document.querySelector('.map__camera')?.getAttribute('transform') ?? null), { timeout: 5000 }).toBe(null);
    await expect(page.locator('.map--live .map__region').first()).toBeVisible();
  });
});
