/**
 * Reading on a phone: the reader sees the graphic while reading every step. On a 390 × 844
 * phone, scrolling the whole story down and back up, at every position:
 *   - at least 90 % of the graphic (the element with data-active-step: title, map or chart, key)
 *     is the topmost thing on screen, sampled over a grid with document.elementFromPoint;
 * and for every step, every line of its text (its headline and paragraphs) is uncovered at some
 * position while that step is the active one, and the key under the map shows whole and stays
 * the same through each chapter. The lowest coverage per step is written to
 * test-results/reading-coverage.json, for the record.
 * Also: stepping with the controls and following a link land with the step's text readable, and
 * every control and link on a phone is a 44 px touch target.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { expectActive, stepIds, withSiteFonts } from './story.ts';

test.skip(({ isMobile }) => !isMobile, 'the phone layout');
test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

interface Sample {
  active: string;
  chapter: string;
  coverage: number;
  /** the key fits the two lines kept for it under the map */
  keyFits: boolean;
  /** the key's entries as shown (null on a chart, whose key is hidden) */
  keyText: string | null;
  /** per line of the active step's text: whether it was uncovered */
  lines: boolean[];
}

/** What the reader sees now: the active step, how much of the graphic is on top, which of the active step's lines are uncovered. */
function sample(page: Page): Promise<Sample> {
  return page.evaluate(() => {
    const graphic = document.querySelector<HTMLElement>('.story__graphic')!;
    const active = graphic.dataset.activeStep ?? '';
    const box = graphic.getBoundingClientRect();
    let hits = 0;
    let total = 0;
    const n = 14;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = box.left + ((i + 0.5) / n) * box.width;
        const y = box.top + ((j + 0.5) / n) * box.height;
        if (y < 0 || y > innerHeight) continue;
        total++;
        const el = document.elementFromPoint(x, y);
        if (el && graphic.contains(el)) hits++;
      }
    }
    const step = document.getElementById(active);
    const lines: boolean[] = [];
    if (step) {
      for (const block of step.querySelectorAll<HTMLElement>('.step__label, .step__text p')) {
        const range = document.createRange();
        range.selectNodeContents(block);
        // one rect per line fragment; merge fragments that share a line
        const rects = [...range.getClientRects()].filter((r) => r.width > 2 && r.height > 2);
        const rows: DOMRect[] = [];
        for (const r of rects) if (!rows.some((q) => Math.abs(q.top - r.top) < 3)) rows.push(r);
        for (const r of rows) {
          const y = r.top + r.height / 2;
          const xs = [r.left + 4, r.left + r.width / 2, r.right - 4];
          lines.push(y > 0 && y < innerHeight && xs.every((x) => block.contains(document.elementFromPoint(x, y))));
        }
      }
    }
    const key = graphic.querySelector<HTMLElement>('.graphic__legend')!;
    // the key in the two lines kept for it: its entries' rows
    const keyFits = new Set([...key.children].map((c) => Math.round(c.getBoundingClientRect().top))).size <= 2;
    // the key as the reader sees it (a chart's is hidden), to hold it steady through a chapter
    const keyText = graphic.dataset.chart ? null : [...key.children].map((c) => c.textContent).join(' · ');
    return { active, chapter: step?.dataset.chapterTitle ?? '', coverage: total ? hits / total : 1, keyFits, keyText, lines };
  });
}

/** Scrolls to y and waits until the graphic shows the step the page's layout says is active. */
async function scrollAndSettle(page: Page, y: number) {
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(
    () => {
      const graphic = document.querySelector<HTMLElement>('.story__graphic')!;
      const controls = document.querySelector<HTMLElement>('[data-controls]')!;
      const trigger = Math.round(graphic.offsetHeight + 0.45 * (innerHeight - controls.offsetHeight - graphic.offsetHeight));
      const steps = [...document.querySelectorAll<HTMLElement>('.step')];
      // the step whose top has passed the trigger line; within a pixel or two of it, either
      const ok = new Set<string>();
      let expected = '__before';
      for (const s of steps) {
        const top = s.getBoundingClientRect().top;
        if (Math.abs(top - trigger) < 3) ok.add(expected).add(s.id);
        if (top <= trigger) expected = s.id;
      }
      ok.add(expected);
      return ok.has(graphic.dataset.activeStep ?? '') && graphic.dataset.ready === 'true';
    },
    undefined,
    { timeout: 5000 },
  );
}

test('on a phone, the graphic and its key stay whole and the key steady through each chapter, while every line of every step is read, scrolling down and back up', async ({ page, ed }) => {
  test.setTimeout(240_000);
  // measured in the site's fonts, as most readers see it (the key is written to fit them)
  await withSiteFonts(page);
  await page.goto(ed.url(''));
  await page.evaluate(() => document.fonts.ready);
  const ids = await stepIds(page);
  const { start, end } = await page.evaluate(() => {
    const steps = document.querySelectorAll<HTMLElement>('.step');
    const first = steps[0]!.getBoundingClientRect().top + scrollY;
    const last = steps[steps.length - 1]!.getBoundingClientRect().bottom + scrollY;
    return { start: Math.max(0, first - innerHeight), end: last - innerHeight / 2 };
  });
  const seen = new Map<string, boolean[]>();
  const low: string[] = [];
  const clipped: string[] = [];
  const keysByChapter = new Map<string, Set<string>>();
  const worst = new Map<string, number>();
  const positions: number[] = [];
  for (let y = start; y <= end; y += 50) positions.push(Math.round(y));
  for (const y of [...positions, ...[...positions].reverse()]) {
    await scrollAndSettle(page, y);
    const s = await sample(page);
    if (s.active === '__before') continue;
    worst.set(s.active, Math.min(worst.get(s.active) ?? 1, s.coverage));
    if (s.coverage < 0.9) low.push(`${s.active} at y=${y}: ${(s.coverage * 100).toFixed(0)} %`);
    if (!s.keyFits && !clipped.includes(s.active)) clipped.push(s.active);
    if (s.keyText !== null) keysByChapter.set(s.chapter, (keysByChapter.get(s.chapter) ?? new Set()).add(s.keyText));
    const lines = seen.get(s.active) ?? s.lines.map(() => false);
    seen.set(s.active, lines.map((v, i) => v || !!s.lines[i]));
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/reading-coverage.json', JSON.stringify(Object.fromEntries([...worst].map(([id, c]) => [id, Math.round(c * 1000) / 10])), null, 1));
  expect(low, 'positions where less than 90 % of the graphic was on top').toEqual([]);
  expect(clipped, 'steps whose key runs past two lines').toEqual([]);
  const unsteady = [...keysByChapter].filter(([, keys]) => keys.size > 1).map(([chapter, keys]) => `${chapter}: ${[...keys].join(' / ')}`);
  expect(unsteady, 'chapters whose map key changes from step to step').toEqual([]);
  const unread = ids.flatMap((id) => {
    const lines = seen.get(id);
    if (!lines) return [`${id}: never active`];
    const missing = lines.map((v, i) => (v ? -1 : i + 1)).filter((i) => i > 0);
    return missing.length ? [`${id}: lines ${missing.join(', ')} of ${lines.length} never uncovered while active`] : [];
  });
  expect(unread).toEqual([]);
});

test('stepping with the controls and following a link land with the step’s text readable', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  const ids = await stepIds(page);
  const readable = (id: string) =>
    page.locator(`#${id} .step__label`).evaluate((label) => {
      const r = label.getBoundingClientRect();
      const el = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
      return !!el && label.contains(el);
    });
  await page.locator(`#${ids[0]}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expectActive(page, ids[0]!);
  for (const id of ids.slice(1, 4)) {
    await page.getByRole('button', { name: ed.t('controls.next_label') }).click();
    await expectActive(page, id);
    await expect.poll(() => readable(id), { message: `${id} after Next` }).toBe(true);
  }
  await page.keyboard.press('ArrowRight');
  await expectActive(page, ids[4]!);
  await expect.poll(() => readable(ids[4]!)).toBe(true);
  for (const id of [ids[10]!, ids[30]!, ids.at(-1)!]) {
    await page.goto('about:blank');
    await page.goto(ed.url(`#${id}`));
    await expectActive(page, id);
    await expect.poll(() => readable(id), { message: `${id} by link` }).toBe(true);
  }
});

test('on a phone, every control and link is a 44 px touch target, and the controls never cover the end matter', async ({ page, ed }) => {
  await page.goto(ed.url(''));
  // open every details element, so the links inside them are laid out
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden, .skip-link'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
  // at the credits and sources, the controls have slipped away (once the page has told them the
  // end matter is in view: an IntersectionObserver, so a frame or two after the scroll)
  for (const id of ['credits', 'sources']) {
    await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const covered = () =>
      page.evaluate((sectionId) => {
        const bar = document.querySelector<HTMLElement>('[data-controls]')!;
        if (getComputedStyle(bar).visibility === 'hidden') return false;
        const controls = bar.getBoundingClientRect();
        const section = document.getElementById(sectionId)!.getBoundingClientRect();
        return controls.top < Math.min(section.bottom, innerHeight) && controls.bottom > Math.max(section.top, 0);
      }, id);
    await expect.poll(covered, { message: `the controls over #${id}`, timeout: 3000 }).toBe(false);
  }
});

test('the still figures keep their labels at 11 px or more on a phone', async ({ page, ed }) => {
  // a still figure is an image of its own file: its smallest type is in its style, and the page
  // may only draw it so much smaller than its own size
  const smallest = new Map<string, number>();
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(ed.url(''));
    const toggle = page.getByRole('button', { name: ed.t('controls.article') });
    if (await toggle.isVisible()) await toggle.click();
    await page.locator('.step__figure .figure__img').first().waitFor();
    // an image of its file, or the same file drawn inline (data-src)
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.step__figure .figure__img')].map((img) => ({
        src: img.getAttribute('src') ?? img.getAttribute('data-src')!,
        step: img.closest('.step')?.id ?? 'opening',
        scale: img.getBoundingClientRect().width / Number(img.getAttribute('width')),
      })),
    );
    const tiny: string[] = [];
    for (const f of figures) {
      if (!smallest.has(f.src)) {
        const svg = await (await page.request.get(f.src)).text();
        const sizes = [...svg.matchAll(/font-size:([\d.]+)px/g)].map((m) => Number(m[1]));
        expect(sizes.length, f.src).toBeGreaterThan(0);
        smallest.set(f.src, Math.min(...sizes));
      }
      const size = smallest.get(f.src)! * f.scale;
      if (size < 11) tiny.push(`${f.step}: ${size.toFixed(1)} px`);
    }
    expect(tiny, `at ${width} px`).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  }
});

test('on a phone held sideways, every line of the longest steps is read while that step is active', async ({ page, ed }) => {
  // text beside the graphic: a step's text may be taller than the screen, and then its last
  // lines are read after it has scrolled up past the trigger line, which must still be its own
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(ed.url(''));
  await page.evaluate(() => document.fonts.ready);
  const longest = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.step')]
      .map((s) => ({ id: s.id, h: s.querySelector('.step__card')!.getBoundingClientRect().height }))
      .sort((a, b) => b.h - a.h)
      .slice(0, 6)
      .map((s) => s.id),
  );
  for (const id of longest) {
    for (const which of ['first', 'last'] as const) {
      // the headline just above the trigger line, then the last line just above the controls
      await page.evaluate(
        ({ stepId, edge }) => {
          const step = document.getElementById(stepId)!;
          const controls = document.querySelector<HTMLElement>('[data-controls]')!;
          const lines = [...step.querySelectorAll<HTMLElement>('.step__text p')].at(-1)!;
          const range = document.createRange();
          range.selectNodeContents(lines);
          const last = [...range.getClientRects()].at(-1)!;
          const label = step.querySelector<HTMLElement>('.step__label')!.getBoundingClientRect();
          const y = edge === 'first' ? label.top + scrollY - innerHeight / 2 + 24 : last.bottom + scrollY - (innerHeight - controls.offsetHeight - 6);
          window.scrollTo({ top: y, behavior: 'instant' });
        },
        { stepId: id, edge: which },
      );
      await expectActive(page, id);
      const readable = await page.evaluate(
        ({ stepId, edge }) => {
          const step = document.getElementById(stepId)!;
          const block = edge === 'first' ? step.querySelector<HTMLElement>('.step__label')! : [...step.querySelectorAll<HTMLElement>('.step__text p')].at(-1)!;
          const range = document.createRange();
          range.selectNodeContents(block);
          const rects = [...range.getClientRects()].filter((r) => r.width > 2);
          const r = edge === 'first' ? rects[0]! : rects.at(-1)!;
          const el = document.elementFromPoint(r.left + Math.min(8, r.width / 2), r.top + r.height / 2);
          return !!el && block.contains(el);
        },
        { stepId: id, edge: which },
      );
      expect(readable, `${id}: its ${which} line`).toBe(true);
    }
  }
});
