/**
 * Makes public/social-card.png, the 1200 × 630 preview image that social networks and chat apps
 * show for a link to the story: the title beside the story's own map of the whole border, as the
 * graphic draws it at the step where the line is complete. Run after `npm run build`, then commit:
 *   npx tsx scripts/dev/social-card.ts
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { serveDist } from '../bench/static-server.ts';

const port = 4398;
const server = await serveDist('dist', port);
const origin = `http://127.0.0.1:${port}`;
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  // the map: the live graphic at the step where the whole line has been drawn
  const story = await browser.newPage({ viewport: { width: 1300, height: 860 }, reducedMotion: 'reduce' });
  await story.goto(`${origin}/#line-east`);
  await story.waitForFunction(() => document.querySelector('.graphic')?.getAttribute('data-active-step') === 'line-east');
  // the running km figure and the scale bar are for readers of the story, not for a thumbnail
  await story.addStyleTag({ content: '.graphic__counter, .graphic__stamp, .map__scale { display: none !important; }' });
  await story.waitForTimeout(500);
  const map = (await story.locator('.graphic__frame').screenshot()).toString('base64');
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  // the page's own fonts and colours: its stylesheet is inlined in index.html
  await page.goto(`${origin}/404.html`);
  await page.evaluate((map) => {
    document.body.innerHTML = `
      <div style="display:grid;grid-template-columns:440px 1fr;height:630px;background:var(--paper);">
        <div style="padding:64px 40px 48px 56px;display:flex;flex-direction:column;justify-content:center;gap:20px">
          <p style="margin:0;font-family:var(--font-sans);text-transform:uppercase;letter-spacing:.08em;font-size:20px;color:var(--ink-2)">Explainer · Central Asia</p>
          <h1 style="margin:0;font-family:var(--font-sans);font-size:76px;line-height:1;color:var(--ink)">Border Lines</h1>
          <p style="margin:0;font-family:var(--font-serif);font-size:30px;line-height:1.25;color:var(--ink)">The Kyrgyzstan–Tajikistan border: disputed, fought over in 2021 and 2022, agreed in 2025</p>
        </div>
        <img src="data:image/png;base64,${map}" alt="" style="width:760px;height:630px;object-fit:cover">
      </div>`;
  }, map);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'public/social-card.png' });
  await browser.close();
  console.log('written: public/social-card.png');
} finally {
  server.close();
}
