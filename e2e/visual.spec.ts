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
    await page.goto(`/#${id}`);
    await expectActive(page, id);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await expect(graphic(page)).toHaveScreenshot(`${id}.png`, { maxDiffPixelRatio: 0.02, animations: 'disabled' });
  });
}
