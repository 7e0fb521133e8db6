/**
 * Screenshots of key states, compared with stored ones within a tolerance (the d3-geo habit):
 * a map that changes by accident shows up here. Update them with `npx playwright test
 * e2e/visual.spec.ts --update-snapshots` after a deliberate change, and look at them.
 */
import { test, expect } from './fixtures.ts';
import { expectActive, graphic, withSiteFonts } from './story.ts';

test.use({ reducedMotion: 'reduce' });

for (const id of ['central-asia', 'line-leilek', 'vorukh', 'km-agreed', 'treaty']) {
  test(`the graphic at ${id}`, async ({ page, ed }) => {
    // the comparison is always made with the site's own fonts
    await withSiteFonts(page);
    await page.goto(ed.url(`#${id}`));
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
