/**
 * Makes each edition's social card (public/social-card.png, public/ru/social-card.png): the
 * 1200 × 630 preview image that social networks and chat apps show for a link to the story, the
 * edition's kicker and title beside its own map of the whole border, as the graphic draws it at the
 * step where the line is complete. Run after `npm run build`, then commit:
 *   npx tsx scripts/dev/social-card.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { translatorFor } from '../../src/lib/i18n/load-messages.ts';
import { loadLocales } from '../../src/lib/i18n/locales.ts';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { serveDist } from '../bench/static-server.ts';

const port = 4398;
const server = await serveDist('dist', port);
const origin = `http://127.0.0.1:${port}`;
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const locale of loadLocales()) {
    const base = locale.path ? `/${locale.path}/` : '/';
    const edition = parse(readFileSync(`src/content/${locale.tag}/edition.yaml`, 'utf8')) as { kicker: string; title: string };
    // the map: the live graphic at the step where the whole line has been drawn
    const story = await browser.newPage({ viewport: { width: 1300, height: 860 }, reducedMotion: 'reduce' });
    await story.goto(`${origin}${base}#line-east`);
    await story.waitForFunction(() => document.querySelector('.graphic')?.getAttribute('data-active-step') === 'line-east');
    // the running km figure and the scale bar are for readers of the story, not for a thumbnail
    await story.addStyleTag({ content: '.graphic__counter, .graphic__stamp, .map__scale { display: none !important; }' });
    await story.waitForTimeout(500);
    const map = (await story.locator('.graphic__frame').screenshot()).toString('base64');
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    // the page's own fonts and colours: its stylesheet is inlined in index.html
    // the edition's own 404 page: its fonts, its colours (its stylesheet is inlined), fonts made to block
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      return route.fulfill({ response, body: (await response.text()).replaceAll('font-display:optional', 'font-display:block') });
    });
    await page.goto(`${origin}${base === '/' ? '/404.html' : `${base}404/`}`);
    await page.evaluate((lang) => (document.documentElement.lang = lang), locale.tag);
    await page.evaluate(([map, kicker, title, line]) => {
      document.body.innerHTML = `
        <div style="display:grid;grid-template-columns:440px 1fr;height:630px;background:var(--paper);">
          <div style="padding:64px 40px 48px 56px;display:flex;flex-direction:column;justify-content:center;gap:20px">
            <p style="margin:0;font-family:var(--font-sans);text-transform:uppercase;letter-spacing:.08em;font-size:20px;color:var(--ink-2)">${kicker}</p>
            <h1 style="margin:0;font-family:var(--font-sans);font-size:76px;line-height:1;color:var(--ink)">${title}</h1>
            <p style="margin:0;font-family:var(--font-serif);font-size:30px;line-height:1.25;color:var(--ink)">${line}</p>
          </div>
          <img src="data:image/png;base64,${map}" alt="" style="width:760px;height:630px;object-fit:cover">
        </div>`;
    }, [map, edition.kicker, edition.title, translatorFor(locale.tag).t('page.social_line')] as const);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(`public${base}`, { recursive: true });
    await page.screenshot({ path: `public${base}social-card.png` });
    console.log(`written: public${base}social-card.png`);
  }
  await browser.close();
} finally {
  server.close();
}
