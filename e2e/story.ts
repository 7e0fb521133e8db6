/** Helpers for driving the story in the tests. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const graphic = (page: Page) => page.locator('.story__graphic');

export async function stepIds(page: Page): Promise<string[]> {
  return page.locator('.step').evaluateAll((els) => els.map((el) => el.id));
}

/** Waits until the graphic shows this step (its data-active-step), with the script wired up (data-ready). */
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

/**
 * Makes the page wait for the site's fonts. They are `font-display: optional`: a page whose fonts
 * are not there within a moment (as on a busy test machine) keeps the fallback fonts for good, so
 * a test that measures or pictures text asks for them to block instead.
 */
export async function withSiteFonts(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replaceAll('font-display:optional', 'font-display:block');
    expect(body).toContain('font-display:block');
    return route.fulfill({ response, body });
  });
}
