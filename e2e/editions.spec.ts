/**
 * The editions: the Russian story at /ru/ is the whole story in Russian, found by the locale's
 * own strings (src/content/ru/ui.yaml), linked both ways with hreflang, with a language switch
 * that keeps the reader's step; accessible at its steps, complete without JavaScript, with its
 * own sources page and 404.
 */
import { translatorFor } from '../src/lib/i18n/load-messages.ts';
import { readStory } from '../src/lib/story/read-story.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

test.skip(({ editionTag }) => editionTag !== 'ru', 'the editions are checked once, from the Russian projects');

const ru = translatorFor('ru');
const en = translatorFor('en');
const steps = readStory().steps.map((s) => s.id);
/** English words that would mean a string was left untranslated in the Russian page's text */
const ENGLISH = /\b(the|and|of|was|were|with|from|step|chapter|border|sources?)\b/i;

test('the Russian edition is in Russian, declares it, and links to the English both ways', async ({ page }) => {
  await page.goto('/ru/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: ru.t('controls.label') })).toBeAttached();
  // the switch links the editions both ways; the head's alternates wait for the site's address
  // (SITE_URL): a relative one is not a valid hreflang alternate
  await expect(page.locator('a[hreflang="en"][data-language-link]').first()).toHaveAttribute('href', /^(https?:\/\/[^/]+)?\/(#[\w-]*)?$/);
  await expect(page.locator('link[rel="alternate"][hreflang]:not([href^="http"])')).toHaveCount(0);
  const text = await page.locator('main').evaluate((m) => (m as HTMLElement).innerText);
  // outlets and licences keep their own names; the story's own words are Russian
  const prose = text.replace(/OpenStreetMap|Natural Earth|GeoNames|OurAirports|Open Database License|Creative Commons|SIL Open Font License|Source Serif 4|Golos Text|FACTS|Human Rights Watch|Water, Peace and Security|[A-Za-z0-9.-]+\/[a-z0-9/-]+/g, '');
  const english = prose.split('\n').filter((line) => ENGLISH.test(line));
  expect(english, 'lines with English words').toEqual([]);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('a[hreflang="ru"][data-language-link]').first()).toHaveAttribute('href', /^(https?:\/\/[^/]+)?\/ru\/(#[\w-]*)?$/);
  await expect(page.locator('link[rel="alternate"][hreflang]:not([href^="http"])')).toHaveCount(0);
});

test('the language switch keeps the reader on the same step', async ({ page }) => {
  const id = steps[20]!;
  await page.goto(`/#${id}`);
  await expect(page.locator('.graphic')).toHaveAttribute('data-active-step', id);
  const link = page.locator(`a[hreflang="ru"][data-language-link]`).first();
  await expect(link).toHaveAttribute('href', new RegExp(`/ru/#${id}$`));
  await page.goto((await link.getAttribute('href'))!);
  await expect(page.locator('.graphic')).toHaveAttribute('data-active-step', id);
  await expect(page.locator(`#${id} .step__label`)).toContainText(ru.t('step.position', { n: 21, total: steps.length }));
});

test('the Russian story draws its graphic with Russian names and is accessible at its steps', async ({ page }) => {
  await page.goto('/ru/');
  await expect(page.locator('.graphic__credit')).toHaveText(ru.t('credit.map'));
  expect(await axeViolations(page)).toEqual([]);
  for (const id of [steps[0]!, 'vorukh', 'september-2022-fighting', 'km-agreed', 'land-swaps-totals']) {
    await page.goto(`/ru/#${id}`);
    await expect(page.locator('.graphic')).toHaveAttribute('data-active-step', id);
    await expect(page.locator('.graphic')).not.toHaveAttribute('data-error', /./);
    expect(await axeViolations(page), id).toEqual([]);
  }
  await page.goto('/ru/#vorukh');
  await expect(page.locator('.graphic svg.map--live text', { hasText: 'Ворух' }).first()).toBeAttached();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the Russian story is a complete article, and its sources page and 404 are Russian', async ({ page }) => {
    await page.goto('/ru/');
    await expect(page.locator('.step')).toHaveCount(steps.length);
    await expect(page.locator('.step__figure img')).toHaveCount(steps.length + 1);
    const first = page.locator('.step__figure img').first();
    await expect(first).toHaveAttribute('src', /\/ru\/figures\/opening\.svg$/);
    await page.goto('/ru/sources/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.t('sources_page.heading'));
    // (axe on the sources page: a11y.spec.ts, in every edition)
    await expect(page.locator('.source-step')).toHaveCount(steps.length);
    await page.goto('/ru/404/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.t('not_found.heading'));
    await expect(page.getByRole('link', { name: en.t('not_found.to_story') })).toHaveCount(0);
  });
});
