/**
 * Screenshots of key states, compared with stored ones within a tolerance (the d3-geo habit):
 * a map that changes by accident shows up here. Update them with `npx playwright test
 * e2e/visual.spec.ts --update-snapshots` after a deliberate change, and look at them.
 */
import { test, expect } from './fixtures.ts';
import { expectActive, graphic } from './story.ts';

test.use({ reducedMotion: 'reduce' });

for (const id of ['central-asia', 'line-leilek', 'vorukh', 'km-agreed', 'treaty']) {
  test(`the graphic at ${id}`, async ({ page }) => {
    // The fonts are `font-display: optional`: a page whose fonts are not there within a moment
    // (as on a busy test machine) keeps the fallback fonts for good. Here the page waits for
    // them instead, so the comparison is always made with the site's own fonts.
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replaceAll('font-display:optional', 'font-display:block');
      expect(body).toContain('font-display:block');
      return route.fulfill({ response, body });
    });
    await page.goto(`/#${id}`);
    await expectActive(page, id);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    // a clip of the page, not a screenshot of the element: that would first scroll the sticky
    // graphic "into view", to where it sits unstuck, and with it move the story to another step
    const clip = (await graphic(page).boundingBox())!;
    await expect(page).toHaveScreenshot(`${id}.png`, { clip, maxDiffPixelRatio: 0.02, animations: 'disabled' });
    await expectActive(page, id);
  });
}
