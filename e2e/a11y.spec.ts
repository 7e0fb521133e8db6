/**
 * The accessibility sweep: axe (WCAG 2.0, 2.1 and 2.2, A and AA) at every step of the story,
 * phone and desktop, with reduced motion (each step in one edition or another, the whole page in
 * every edition); reflow at 320 px; 200 % zoom; forced colours; and a
 * keyboard-only walk through every control and every step with focus visible and never hidden
 * behind the sticky graphic or the controls bar.
 */
import type { Page } from '@playwright/test';
import { test, expect, STORY, ALL_STEPS, editionShare } from './fixtures.ts';
import { expectActive, scrollToStep } from './story.ts';
import { axeViolations } from './axe.ts';

test.use({ reducedMotion: 'reduce' });


/** The story's steps by chapter, in order (one test per chapter, so the sweep is shared between
 * the workers). */
const chapters = new Map<string, string[]>();
for (const s of STORY.steps) chapters.set(s.chapter, [...(chapters.get(s.chapter) ?? []), s.id]);

test.describe('axe at every step', () => {
  for (const [chapter, ids] of chapters) {
    test(`chapter "${chapter}": ${ids.length} steps`, async ({ page, ed }) => {
      test.slow();
      await page.goto(ed.url(''));
      if (ids[0] === ALL_STEPS[0]) expect(await axeViolations(page), 'the whole page, at the top').toEqual([]);
      // every step, in this layout, in one edition or the other (the whole page in each; fixtures.ts)
      for (const id of editionShare(ids, ed.tag)) {
        await scrollToStep(page, id);
        await expectActive(page, id);
        for (const summary of await page.locator(`#${id} details summary`).all()) await summary.click();
        // what the toggles load (the step's sources, its chart's table) has arrived
        await expect(page.locator(`#${id} details[data-fragment]:not([data-fragment-loaded])`)).toHaveCount(0);
        // the whole page is checked once; at each step, what the step changes: the graphic, the
        // step itself (its sources and data now open) and the controls. Target size is left to
        // the article view below and to reading.spec.ts (44 px): here an opened source list runs
        // on under the graphic or the controls, which axe counts as a covered target.
        expect(await axeViolations(page, ['.story__graphic', `#${id}`, '.controls'], ['target-size']), `at ${id}`).toEqual([]);
      }
    });
  }

  test('the article view, with every still figure, the sources page and the 404 page', async ({ page, ed, watch }) => {
    test.slow();
    await page.goto(ed.url(''));
    await page.getByRole('button', { name: ed.t('controls.article') }).click();
    // every figure, as an image of its file or (near the screen) drawn inline from it
    await expect(page.locator('.step figure .figure__img')).toHaveCount(ALL_STEPS.length);
    await expect(page.locator('.step figure svg.figure__img').first()).toBeVisible();
    expect(await axeViolations(page), 'article view').toEqual([]);
    await page.goto(ed.url('sources/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ed.t('sources_page.heading'));
    expect(await axeViolations(page), 'sources page').toEqual([]);
    await page.goto(ed.url(ed.tag === 'en' ? 'no-such-page/' : '404/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ed.t('not_found.heading'));
    expect(await axeViolations(page), '404 page').toEqual([]);
    await page.getByRole('link', { name: ed.t('not_found.to_story'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ed.t('page.site_name'));
    // the browser's own report of the 404 response is expected here
    watch.consoleErrors.splice(0, watch.consoleErrors.length, ...watch.consoleErrors.filter((e) => !/status of 404/.test(e)));
  });
});

test('every step describes its graphic in words, for readers who cannot see it', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const descriptions = page.locator('.step .step__description');
  const count = await descriptions.count();
  expect(count).toBe(await page.locator('.step').count());
  for (let i = 0; i < count; i++) expect(((await descriptions.nth(i).textContent()) ?? '').length).toBeGreaterThan(80);
});

/** Whether the page scrolls sideways (WCAG 1.4.10 asks that it does not at 320 CSS px). */
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

test('reflow at 320 px: nothing scrolls sideways, in the story or the article', async ({ page, ed }) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ed.url(''));
  expect(await overflowsSideways(page), 'at the top').toBe(false);
  for (const id of ALL_STEPS) {
    await scrollToStep(page, id);
    await expectActive(page, id);
    expect(await overflowsSideways(page), `at ${id}`).toBe(false);
  }
  await page.getByRole('button', { name: ed.t('controls.article') }).click();
  for (const summary of await page.locator('details summary').all()) await summary.click();
  expect(await overflowsSideways(page), 'the article, every detail open').toBe(false);
});

test.describe('at 200 % zoom', () => {
  test.skip(({ isMobile }) => isMobile, 'zoom is a desktop browser setting; phones reflow at 320 px above');

  test('page zoom (a 1280 × 800 window shows 640 × 400 CSS px): readable, no sideways scrolling, controls in reach', async ({ page, ed }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(ed.url(''));
    expect(await overflowsSideways(page)).toBe(false);
    for (const id of ['central-asia', 'vorukh', 'soviet-maps', 'treaty']) {
      await scrollToStep(page, id);
      await expectActive(page, id);
      expect(await overflowsSideways(page), `at ${id}`).toBe(false);
      await expect(page.locator(`#${id} .step__text`)).toBeInViewport({ ratio: 0.2 });
      for (const name of [ed.t('controls.previous_label'), ed.t('controls.next_label'), ed.t('controls.article')]) await expect(page.getByRole('button', { name })).toBeInViewport();
    }
  });

  test('text zoom (every font 200 %): no sideways scrolling, the story still moves step by step', async ({ page, ed }) => {
    await page.goto(ed.url(''));
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await overflowsSideways(page)).toBe(false);
    await scrollToStep(page, 'vorukh');
    await expectActive(page, 'vorukh');
    expect(await overflowsSideways(page)).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expectActive(page, ALL_STEPS[ALL_STEPS.indexOf('vorukh') + 1]!);
  });
});

test('forced colours: the key keeps the map colours, text and focus stay visible', async ({ page, ed }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.goto(ed.url('#april-2021-fighting'));
  await expectActive(page, 'april-2021-fighting');
  const background = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  // the key's clash swatch keeps the map's vermilion rather than a system colour
  expect(await background('.graphic__legend .swatch--event')).toBe('rgb(184, 67, 15)');
  const fills = await page.locator('.map--live .map__country').evaluateAll((els) => new Set(els.map((el) => getComputedStyle(el).fill)).size);
  expect(fills).toBeGreaterThan(1);
  // keyboard focus on a control shows a solid outline
  await page.getByRole('button', { name: ed.t('controls.previous_label') }).focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), name: document.activeElement!.getAttribute('aria-label') };
  });
  expect(outline).toEqual({ style: 'solid', width: 3, name: ed.t('controls.next_label') });
});

/**
 * For the focused element: where it is, whether its focus ring shows, and what a reader sees at
 * its middle (itself, unless something covers it).
 */
const focusReport = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 20), 1), innerWidth - 2);
    const y = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 2);
    const hit = document.elementFromPoint(x, y);
    const covered = !hit || !(el.contains(hit) || hit.contains(el) || hit.closest('summary') === el);
    const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { label, ring, covered: covered ? (hit?.closest('.story__graphic, .controls, .step, header, section')?.className ?? hit?.tagName ?? 'nothing') : null, inView };
  });

test('keyboard only: every control and link is reached, with a visible focus ring that nothing covers', async ({ page, ed }) => {
  test.slow();
  await page.goto(ed.url(''));
  // the script has wired the controls (it enables and disables them)
  await expect(page.locator('.story__graphic')).toHaveAttribute('data-ready', 'true');
  const tabStops = await page.evaluate(
    () => [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')].filter((el) => el.checkVisibility() && !el.closest('details:not([open]) > :not(summary)')).length,
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  let summaries = 0;
  for (let i = 0; i < tabStops; i++) {
    await page.keyboard.press('Tab');
    const f = await focusReport(page);
    if (!f) {
      problems.push(`Tab ${i + 1}: focus left the page's controls`);
      continue;
    }
    seen.add(f.label);
    if (f.label.startsWith('summary')) summaries++;
    if (!f.inView) problems.push(`Tab ${i + 1}: ${f.label} is off screen`);
    if (!f.ring) problems.push(`Tab ${i + 1}: ${f.label} shows no focus ring`);
    if (f.covered) problems.push(`Tab ${i + 1}: ${f.label} is covered by ${f.covered}`);
  }
  expect(problems).toEqual([]);
  for (const name of [`a "${ed.t('page.skip')}"`, `button "${ed.t('controls.next_label')}"`, `button "${ed.t('controls.article')}"`]) expect(seen, name).toContain(name);
  expect(summaries, 'every "How we know" and data toggle').toBe(await page.locator('details > summary').count());
});

test('keyboard only: the arrow keys walk every step, and each step comes into view uncovered', async ({ page, ed }) => {
  test.slow();
  await page.goto(ed.url(''));
  await page.locator('body').press('ArrowRight');
  for (const [i, id] of ALL_STEPS.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expectActive(page, id);
    const label = page.locator(`#${id} .step__label`);
    await expect(label).toBeInViewport();
    const covered = await label.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
      return hit && el.contains(hit) ? null : (hit?.className ?? 'nothing');
    });
    expect(covered, `the heading of ${id}`).toBeNull();
    await expect(page.locator('[data-position]')).toHaveText(ed.t('step.position', { n: i + 1, total: ALL_STEPS.length }));
  }
});
