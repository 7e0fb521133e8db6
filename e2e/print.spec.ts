/**
 * The print edition, as Chromium prints the story to PDF (A4): a linear article of at most 24
 * pages in English, every distinct figure printed once at the column's width and loaded, no text
 * running out of its box, each chapter's address online, each step's sources by number, the
 * sources as numbered endnotes, and the two countries apart in lightness, not hue alone.
 * Desktop projects only: paper has one size.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { graphic } from './story.ts';

test.skip(({ isMobile }) => isMobile, 'printing is checked once per edition, in its desktop project');

/** Pages in a PDF Chromium wrote (each page object is "/Type /Page", the tree "/Type /Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

/** At most so many A4 pages: the limit for the English story; Russian runs about a tenth longer. */
const MAX_PAGES: Record<string, number> = { en: 24, ru: 27 };

async function printed(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  // paper needs every figure now: the page puts them in and draws them inline
  await expect.poll(() => page.locator('.step__figure-slot > noscript').count()).toBe(0);
  await expect
    .poll(() =>
      page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('img.figure__img')].every((img) => img.complete && img.naturalWidth > 0)),
    )
    .toBe(true);
  // and the endnotes, from their own file
  await expect(page.locator('.endnotes li').first()).toBeAttached();
  await expect(page.locator('.endnotes__online')).toHaveCount(0);
}

test('the story prints as a linear article of few pages, every figure once, nothing cut off', async ({ page, ed }) => {
  test.setTimeout(60_000);
  await printed(page, ed.url(''));
  await expect(graphic(page)).toBeHidden();
  await expect(page.locator('[data-controls]')).toBeHidden();

  const layout = await page.evaluate(() => {
    const steps = [...document.querySelectorAll<HTMLElement>('.step')];
    const figureOf = (s: HTMLElement) => s.querySelector<HTMLElement>('.step__figure');
    const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none';
    const column = document.querySelector('.story__steps')!.getBoundingClientRect().width / 2;
    const clipped = [...document.querySelectorAll<HTMLElement>('.step__label, .step__text p, .chapter, .chapter__online, .step__notes, .endnotes li, .endmatter p, .endmatter li')]
      .filter((el) => el.getBoundingClientRect().height > 0 && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      .map((el) => el.textContent!.slice(0, 40));
    return {
      steps: steps.length,
      // a step that shows the graphic of the step before prints no figure of its own
      missing: steps.filter((s) => !s.hasAttribute('data-shares-figure') && !shown(figureOf(s))).map((s) => s.id),
      repeated: steps.filter((s) => s.hasAttribute('data-shares-figure') && shown(figureOf(s))).map((s) => s.id),
      shared: steps.filter((s) => s.hasAttribute('data-shares-figure')).length,
      tooWide: steps.filter((s) => shown(figureOf(s)) && figureOf(s)!.getBoundingClientRect().width > column + 1).map((s) => s.id),
      tooSmall: steps.filter((s) => shown(figureOf(s)) && figureOf(s)!.querySelector('.figure__img')!.getBoundingClientRect().height < 120).map((s) => s.id),
      clipped,
      pageWidth: document.documentElement.scrollWidth <= innerWidth,
    };
  });
  expect(layout.missing, 'steps without their figure').toEqual([]);
  expect(layout.repeated, 'a shared figure printed again').toEqual([]);
  expect(layout.shared).toBeGreaterThan(0);
  expect(layout.tooWide).toEqual([]);
  expect(layout.tooSmall).toEqual([]);
  expect(layout.clipped, 'text cut off').toEqual([]);
  expect(layout.pageWidth).toBe(true);

  // page one is the masthead and the story's start, not a page of its own
  const first = await page.locator('.step').first().boundingBox();
  expect(first!.y).toBeLessThan(1000);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pageCount(pdf);
  test.info().annotations.push({ type: 'A4 pages', description: String(pages) });
  expect(pages).toBeGreaterThan(10);
  expect(pages).toBeLessThanOrEqual(MAX_PAGES[ed.tag] ?? 27);
});

test('on paper, sources are numbered endnotes and every chapter gives its address online', async ({ page, ed, baseURL }) => {
  await printed(page, ed.url(''));
  const endnotes = page.locator('.endnotes');
  await expect(endnotes).toBeVisible();
  await expect(endnotes.getByRole('heading', { name: ed.t('print.endnotes') })).toBeVisible();
  const count = await endnotes.locator('li').count();
  expect(count).toBeGreaterThan(100);
  // the sources are given once each
  const texts = await endnotes.locator('li').allTextContents();
  expect(new Set(texts).size).toBe(count);

  // every step lists its sources by number, and every number is an endnote
  const notes = await page.locator('.step').evaluateAll((steps) => steps.map((s) => [s.id, s.querySelector('.step__notes')?.textContent ?? ''] as const));
  for (const [id, text] of notes) {
    expect(text, id).toContain(ed.t('print.notes'));
    const numbers = [...text.matchAll(/(\d+)(?:–(\d+))?/g)].flatMap((m) => (m[2] ? [Number(m[1]), Number(m[2])] : [Number(m[1])]));
    expect(numbers.length, id).toBeGreaterThan(0);
    for (const n of numbers) expect(n, id).toBeLessThanOrEqual(count);
  }
  // on screen they are not there: "How we know" and the sources page have them
  await page.emulateMedia({ media: 'screen' });
  await expect(endnotes).toBeHidden();
  await page.emulateMedia({ media: 'print' });

  // a chapter's address, whole, as the reader would type it
  const chapters = page.locator('.chapter__online');
  expect(await chapters.count()).toBe(await page.locator('.chapter').count());
  for (const address of await page.locator('.chapter__address').allTextContents()) {
    expect(address).toMatch(new RegExp(`^${baseURL}${ed.base}#[a-z0-9-]+$`));
    const id = address.split('#')[1]!;
    await expect(page.locator(`#${id} .chapter`)).toHaveCount(1);
  }
});

test('on paper the two countries differ in lightness, not only in hue', async ({ page, ed }) => {
  await printed(page, ed.url(''));
  const fills = await page.locator('#batken-and-sughd .step__figure').evaluate((figure) => {
    const fill = (selector: string) => getComputedStyle(figure.querySelector(selector)!).fill;
    return [fill('.map__country--KGZ.is-focus'), fill('.map__country--TJK.is-focus')];
  });
  const luma = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.299 * r! + 0.587 * g! + 0.114 * b!;
  };
  // a greyscale copy keeps them at least a fifth of the scale apart
  expect(Math.abs(luma(fills[0]!) - luma(fills[1]!)), fills.join(' vs ')).toBeGreaterThan(40);
});

test('the endnotes are not in the page: they arrive once the reader does anything (the Ctrl of Ctrl+P); without JavaScript, paper says where the sources are', async ({ page, ed, browser, baseURL }) => {
  const html = await (await page.request.get(ed.url(''))).text();
  expect(html).not.toContain('class="endnotes ');
  await page.goto(ed.url(''), { waitUntil: 'networkidle' });
  // loading alone does not fetch them
  await expect(page.locator('.endnotes')).toHaveCount(0);
  await page.keyboard.press('Control');
  await expect(page.locator('.endnotes li').first()).toBeAttached();
  await expect(page.locator('.endnotes')).toBeHidden();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${baseURL}${ed.url('')}`);
  await noScript.emulateMedia({ media: 'print' });
  await expect(noScript.locator('.endnotes__online')).toBeVisible();
  await expect(noScript.locator('.endnotes__online')).toContainText(`${ed.base}sources/`);
  await context.close();
});
