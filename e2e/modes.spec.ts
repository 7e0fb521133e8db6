/**
 * The other ways to read: without JavaScript, as an article, with reduced motion, with
 * the keyboard and the reader controls.
 */
import { test, expect } from './fixtures.ts';
import { expectActive, graphic, scrollToStep, stepIds } from './story.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step reads in full, each with its own figure', async ({ page, ed }) => {
    await page.goto(ed.url(''));
    await expect(graphic(page)).toBeHidden();
    await expect(page.locator('[data-controls]')).toBeHidden();
    const steps = page.locator('.step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      await expect(step.locator('.step__text')).toBeVisible();
      const figure = step.locator('.step__figure img.figure__img');
      await expect(figure).toBeVisible();
      // loaded and drawn, not a broken image
      await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 300)).toBe(true);
      expect(((await figure.getAttribute('alt')) ?? '').length, 'its description as its text').toBeGreaterThan(80);
      const box = await figure.boundingBox();
      expect(box!.height).toBeGreaterThan(150);
    }
  });

  test('a still figure is a file of its own: the map, its styles and its text, nothing fetched besides', async ({ page, ed }) => {
    await page.goto(ed.url(''));
    const src = await page.locator('#vorukh .step__figure img').getAttribute('src');
    expect(src).toMatch(/figures\/vorukh\.svg$/);
    const response = await page.request.get(src!);
    expect(response.ok()).toBe(true);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<style>[^<]*\.map__country\{fill:#[0-9a-f]{6}\}/);
    expect(svg).not.toMatch(/\bhref=|url\(|var\(/);
    expect(svg).toContain(`>${ed.tag === 'en' ? 'Vorukh' : 'Ворух'}</text>`);
  });
});

test('"Read as article" shows each step with its still figure, and the choice is remembered', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const toggle = page.getByRole('button', { name: ed.t('controls.article') });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'article');
  await expect(graphic(page)).toBeHidden();
  // the figure's file, drawn inline in the page's fonts as it comes near the screen
  await page.locator('#vorukh .step__figure').scrollIntoViewIfNeeded();
  await expect(page.locator('#vorukh .step__figure svg.figure__img[role="img"]')).toBeVisible();
  await expect(page.locator('#vorukh .step__figure svg.figure__img .map__label--enclave')).toHaveText(ed.tag === 'en' ? 'Vorukh' : 'Ворух');
  await expect(page.getByRole('button', { name: ed.t('controls.scroll') })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'article');
  await page.getByRole('button', { name: ed.t('controls.scroll') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'scroll');
  await expect(graphic(page)).toBeVisible();
});

test('previous, next and the arrow keys move a step at a time, and say where the reader is', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const ids = await stepIds(page);
  await scrollToStep(page, ids[0]!);
  await expectActive(page, ids[0]!);
  await expect(page.locator('[data-position]')).toHaveText(ed.t('step.position', { n: 1, total: ids.length }));
  await page.getByRole('button', { name: ed.t('controls.next_label') }).click();
  await expectActive(page, ids[1]!);
  await expect(page.locator('[data-position]')).toHaveText(ed.t('step.position', { n: 2, total: ids.length }));
  await expect(page.locator(`#${ids[1]}`)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expectActive(page, ids[2]!);
  await page.keyboard.press('ArrowLeft');
  await expectActive(page, ids[1]!);
  await page.getByRole('button', { name: ed.t('controls.previous_label') }).click();
  await expectActive(page, ids[0]!);
  await expect(page.getByRole('button', { name: ed.t('controls.previous_label') })).toBeDisabled();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the same states appear at once, without camera moves', async ({ page, ed }) => {
    await page.goto(ed.url(''));
    // the runner's emulation has been unreliable (microsoft/playwright#42001): check it in the page
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await expect(graphic(page)).toHaveAttribute('data-motion', 'reduced');
    const ids = await stepIds(page);
    await scrollToStep(page, 'isfara-valley');
    await expectActive(page, 'isfara-valley');
    // no transition is left running: the camera is at rest and every mark fully shown
    const state = await page.evaluate(() => ({
      camera: document.querySelector('.map__camera')?.getAttribute('transform') ?? null,
      faded: [...document.querySelectorAll('.map__marks *')].filter((el) => Number(getComputedStyle(el).opacity) < 1).length,
    }));
    expect(state).toEqual({ camera: null, faded: 0 });
    expect(ids).toContain('isfara-valley');
  });
});
