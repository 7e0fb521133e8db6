/**
 * Projector mode (?mode=projector), as a teacher runs it on a 1280 × 720 projector: one step per
 * screen, the text at 28 px or more, nothing to scroll, a clicker's keys stepping through, Esc
 * leaving, and the address keeping the step. Desktop projects only (the size is the projector's).
 */
import type { Page } from '@playwright/test';
import { ALL_STEPS, test, expect } from './fixtures.ts';
import { expectActive, withSiteFonts } from './story.ts';
import { axeViolations } from './axe.ts';

test.skip(({ isMobile }) => isMobile, 'a projector is a wide screen: checked in the desktop projects');
test.use({ viewport: { width: 1280, height: 720 } });

const shown = (page: Page) => page.locator('.step[data-current]');

async function expectShown(page: Page, id: string) {
  await expect(shown(page)).toHaveCount(1);
  await expect(shown(page)).toHaveAttribute('id', id);
  await expectActive(page, id);
  await expect(page).toHaveURL(new RegExp(`\\?mode=projector#${id}$`));
}

test('one step per screen, stepped with the keys a clicker sends, the address keeping the step', async ({ page, ed }) => {
  await page.goto(ed.url('?mode=projector'));
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'projector');
  // no step in the address: the first
  await expectShown(page, ALL_STEPS[0]!);
  await expect(page.locator('.intro')).toBeHidden();
  await expect(page.locator('.story__graphic')).toBeVisible();

  for (const [key, to] of [
    ['ArrowRight', 1],
    ['PageDown', 2],
    [' ', 3],
    ['ArrowLeft', 2],
    ['PageUp', 1],
    ['Shift+Space', 0],
    ['End', ALL_STEPS.length - 1],
    ['Home', 0],
  ] as const) {
    await page.keyboard.press(key);
    await expectShown(page, ALL_STEPS[to]!);
  }
  // the buttons step too
  await page.getByRole('button', { name: ed.t('controls.next_label') }).click();
  await expectShown(page, ALL_STEPS[1]!);
  // nothing scrolls
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight)).toBe(true);
});

test('a deep link opens at its step; Esc leaves for the story at the same step', async ({ page, ed }) => {
  await page.goto(ed.url('?mode=projector#vorukh'));
  await expectShown(page, 'vorukh');
  await expect(page.locator('#vorukh .step__text')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'scroll');
  await expect(page).toHaveURL(new RegExp(`${ed.base.replace(/\//g, '\\/')}#vorukh$`));
  await expect(page.locator('.intro')).toBeVisible();
  await expect(page.locator('.step').nth(2)).toBeVisible();
  await expectActive(page, 'vorukh');
  // not remembered: the story opens in scroll mode again
  await page.goto(ed.url(''));
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'scroll');
});

test('the mode button leaves too, and the story links into projector mode at the step being read', async ({ page, ed }) => {
  await page.goto(ed.url('#km-agreed'));
  await expectActive(page, 'km-agreed');
  // at the story's opening and at its end
  await expect(page.locator('a[data-projector-link]')).toHaveCount(2);
  const link = page.locator('#top a[data-projector-link]');
  await expect(link).toHaveText(ed.t('controls.projector'));
  await expect(page.locator('#teachers a[data-projector-link]')).toHaveAttribute('href', new RegExp(`\\?mode=projector#km-agreed$`));
  await expect(link).toHaveAttribute('href', new RegExp(`\\?mode=projector#km-agreed$`));
  // followed where it stands: a real click would first scroll the intro into view, and the intro's
  // link then rightly points at the step read there, the first
  await link.evaluate((a: HTMLAnchorElement) => a.click());
  await expectShown(page, 'km-agreed');
  await page.getByRole('button', { name: ed.t('controls.leave_projector') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'scroll');
  await expectActive(page, 'km-agreed');
});

test('every step fits the screen in type of 28 px or more, with the graphic beside it; no axe violations', async ({ page, ed }) => {
  test.setTimeout(90_000);
  await withSiteFonts(page);
  await page.goto(ed.url(`?mode=projector#${ALL_STEPS[0]}`));
  await page.evaluate(() => document.fonts.ready);
  expect(await axeViolations(page)).toEqual([]);
  const problems: string[] = [];
  for (const id of ALL_STEPS) {
    await page.evaluate((id) => (location.hash = id), id);
    await expect(shown(page)).toHaveAttribute('id', id);
    const m = await page.evaluate(() => {
      const step = document.querySelector<HTMLElement>('.step[data-current]')!;
      const box = step.getBoundingClientRect();
      const controls = document.querySelector('[data-controls]')!.getBoundingClientRect();
      const graphic = document.querySelector('.story__graphic')!.getBoundingClientRect();
      const sizes = [...step.querySelectorAll('.step__text p')].map((p) => parseFloat(getComputedStyle(p).fontSize));
      return {
        top: box.top,
        bottom: box.bottom,
        controlsTop: controls.top,
        smallest: Math.min(...sizes),
        graphic: { w: graphic.width, h: graphic.height, right: graphic.right, left: box.left },
        scrolls: document.scrollingElement!.scrollHeight > innerHeight,
      };
    });
    if (m.top < 0 || m.bottom > m.controlsTop) problems.push(`${id}: the text runs from ${m.top} to ${m.bottom} px, past the screen`);
    if (m.smallest < 28) problems.push(`${id}: text at ${m.smallest} px`);
    if (m.graphic.w < 440 || m.graphic.h < 560) problems.push(`${id}: graphic ${m.graphic.w}×${m.graphic.h}`);
    if (m.graphic.right > m.graphic.left) problems.push(`${id}: the graphic runs under the text`);
    if (m.scrolls) problems.push(`${id}: the page scrolls`);
  }
  expect(problems).toEqual([]);
});
