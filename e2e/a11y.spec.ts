/** axe (WCAG 2.0, 2.1 and 2.2, A and AA) at several steps of the story, phone and desktop. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { expectActive, scrollToStep } from './story.ts';

const STEPS = ['central-asia', 'how-long', 'vorukh', 'april-2021-toll', 'september-2022-fighting', 'tolls-2022', 'land-swaps'];

test('no axe violations at the top and at several steps', async ({ page }) => {
  test.slow();
  await page.goto('/');
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  expect((await axe().analyze()).violations).toEqual([]);
  for (const id of STEPS) {
    await scrollToStep(page, id);
    await expectActive(page, id);
    await page.locator(`#${id} details.how-we-know summary`).click();
    // the whole page was checked at the top; at each step, what the step changed: the graphic,
    // the step itself (its sources now open) and the controls
    const results = await axe().include('.story__graphic').include(`#${id}`).include('.controls').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `at ${id}`).toEqual([]);
  }
});

test('every step describes its graphic in words, for readers who cannot see it', async ({ page }) => {
  await page.goto('/');
  const descriptions = page.locator('.step .step__description');
  const count = await descriptions.count();
  expect(count).toBe(await page.locator('.step').count());
  for (let i = 0; i < count; i++) expect(((await descriptions.nth(i).textContent()) ?? '').length).toBeGreaterThan(80);
});
