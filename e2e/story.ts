/** Helpers for driving the story in the tests. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const graphic = (page: Page) => page.locator('.story__graphic');

export async function stepIds(page: Page): Promise<string[]> {
  return page.locator('.step').evaluateAll((els) => els.map((el) => el.id));
}

/** Waits until the graphic shows this step (its data-active-step) and is drawn. */
export async function expectActive(page: Page, id: string) {
  await expect(graphic(page)).toHaveAttribute('data-active-step', id);
  await expect(graphic(page)).toHaveAttribute('data-ready', 'true');
}

/** Scrolls a step to where a reader would be reading it (its scroll-margin decides where). */
export async function scrollToStep(page: Page, id: string) {
  // the fonts settle the layout first, or the page could move under the step after the jump
  await page.evaluate(() => document.fonts.ready);
  await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Records every value data-active-step takes from now on. */
export async function recordActiveSteps(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __active: string[] };
    w.__active = [];
    new MutationObserver(() => {
      const value = document.querySelector('.story__graphic')?.getAttribute('data-active-step');
      if (value && w.__active.at(-1) !== value) w.__active.push(value);
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-active-step'] });
  });
}

export async function activeHistory(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __active: string[] }).__active);
}
