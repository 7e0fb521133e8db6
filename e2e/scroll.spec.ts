/**
 * Scrolling the real built story: each step becomes active in order, down and back up; deep
 * links, reloads and jumps land on the right state directly; a resize keeps the reader's step.
 */
import { test, expect, ALL_STEPS, editionShare } from './fixtures.ts';
import { activeHistory, expectActive, graphic, recordActiveSteps, scrollToStep, stepIds } from './story.ts';

test('every step becomes active in order scrolling down, and again scrolling back up', async ({ page, ed }) => {
  test.slow();
  await page.goto(ed.url(''));
  await expectActive(page, '__before');
  const ids = await stepIds(page);
  expect(ids.length).toBeGreaterThan(20);
  for (const id of ids) {
    await scrollToStep(page, id);
    await expectActive(page, id);
  }
  for (const id of [...ids].reverse()) {
    await scrollToStep(page, id);
    await expectActive(page, id);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectActive(page, '__before');
});

test('a link to any step opens the story at that step, without passing through the others', async ({ page, ed }) => {
  test.slow();
  await recordActiveSteps(page);
  const ids = await (async () => {
    await page.goto(ed.url(''));
    return stepIds(page);
  })();
  expect(ids).toEqual(ALL_STEPS);
  // every step, in this layout, in one edition or the other (fixtures.ts)
  for (const id of editionShare(ids, ed.tag)) {
    await page.goto('about:blank'); // a fresh load each time, not a jump within the page
    await page.goto(ed.url(`#${id}`));
    await expectActive(page, id);
    const history = await activeHistory(page);
    expect(history.filter((h) => h !== '__before'), `steps shown on the way to ${id}`).toEqual([id]);
  }
});

test('following a link to a step within the page jumps straight to it', async ({ page, ed }) => {
  await recordActiveSteps(page);
  await page.goto(ed.url(''));
  await expectActive(page, '__before');
  await page.locator('.contents summary').click();
  // the fourth chapter's title, as this edition writes it
  await page.locator('.contents').getByRole('link', { name: await page.locator('#chapter-april-2021').evaluate((h) => h.lastChild!.textContent!.trim()) }).click();
  await expectActive(page, 'april-2021');
  expect((await activeHistory(page)).filter((h) => h !== '__before')).toEqual(['april-2021']);
});

test('a reload in the middle of the story keeps the step', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const ids = await stepIds(page);
  const middle = ids[Math.floor(ids.length / 2)]!;
  await scrollToStep(page, middle);
  await expectActive(page, middle);
  await page.reload();
  await expectActive(page, middle);
});

test('jumping to the bottom and back to the top renders only the target states', async ({ page, ed }) => {
  await recordActiveSteps(page);
  await page.goto(ed.url(''));
  await expectActive(page, '__before');
  // the opening as the build drew it: the browser has drawn nothing yet
  await expect(graphic(page)).toHaveAttribute('data-drawn-by', 'build');
  const ids = await stepIds(page);
  const last = ids.at(-1)!;
  await page.locator(`#${last}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
  await expectActive(page, last);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectActive(page, '__before');
  expect(await activeHistory(page)).toEqual([last, '__before']);
});

test('each step element carries its id and data-step, and the graphic names it', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const steps = page.locator('.step');
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    expect(await step.getAttribute('data-step')).toBe(await step.getAttribute('id'));
  }
  await expect(graphic(page)).toHaveAttribute('aria-hidden', 'true');
});

test.describe('on a desktop that becomes a phone', () => {
  test.skip(({ isMobile }) => isMobile, 'starts on a desktop');

  test('the step the reader was at stays active', async ({ page, ed }) => {
    await page.goto(ed.url(''));
    const ids = await stepIds(page);
    const step = ids[12]!;
    await scrollToStep(page, step);
    await expectActive(page, step);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await expectActive(page, step);
    // and the graphic fits the phone, without sideways scrolling
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the sticky graphic stays put while the steps scroll past', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const ids = await stepIds(page);
  await scrollToStep(page, ids[2]!);
  await expectActive(page, ids[2]!);
  const a = await graphic(page).boundingBox();
  await scrollToStep(page, ids[6]!);
  await expectActive(page, ids[6]!);
  const b = await graphic(page).boundingBox();
  expect(b!.y).toBeCloseTo(a!.y, 0);
  expect(b!.height).toBeCloseTo(a!.height, 0);
});

test('scrolling fast through changes of view interrupts the moves and ends at rest on the last step', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const ids = await stepIds(page);
  // these steps change view (and data file) one after another
  for (const id of ['batken-and-sughd', 'line-start', 'isfara-valley', 'vorukh', 'other-enclaves', 'water']) {
    await scrollToStep(page, id);
    await page.waitForTimeout(120);
  }
  await expectActive(page, 'water');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('.map__camera')?.getAttribute('transform') ?? null), { timeout: 5000 })
    .toBeNull();
  const view = await page.evaluate(() => document.querySelectorAll('.map--live .map__country').length);
  expect(view).toBeGreaterThan(1);
  expect(ids).toContain('water');
});
