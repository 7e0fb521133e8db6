/**
 * What the graphic shows after the reader scrolls, with motion on: marks that fade in end fully
 * visible, however the moves were interrupted. And the labels the build placed by estimated
 * widths are no wider, drawn, than the estimate (or they could overprint each other).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { textWidth, useGlyphWidths, type TextStyle } from '../src/lib/i18n/measure.ts';
import { GLYPH_WIDTHS } from '../src/lib/i18n/glyph-widths.ts';

useGlyphWidths(GLYPH_WIDTHS);
import { expectActive, scrollToStep, withSiteFonts } from './story.ts';

test.use({ reducedMotion: 'no-preference' });

/** Marks under `selector` drawn at less than full opacity (their own or an ancestor's). */
const faded = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => {
        for (let e: Element | null = el; e && e.tagName !== 'svg'; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return true;
        return false;
      })
      .map((el) => el.getAttribute('data-key') ?? el.getAttribute('data-place') ?? el.getAttribute('data-event-marker') ?? el.outerHTML.slice(0, 80)),
  );

test('chart marks that enter fade in fully, even when the reader scrolls on mid-move', async ({ page, ed }) => {
  await page.goto(ed.url('#km-agreed'));
  await expectActive(page, 'km-agreed');
  await scrollToStep(page, 'talks-resume');
  await expectActive(page, 'talks-resume');
  await page.waitForTimeout(1200);
  expect(await faded(page, '.graphic__chart svg [data-key]')).toEqual([]);
  // two steps in quick succession: the second interrupts the first's fades
  await scrollToStep(page, 'protocols-2022');
  await scrollToStep(page, 'talks-resume');
  await scrollToStep(page, 'all-agreed');
  await expectActive(page, 'all-agreed');
  await page.waitForTimeout(1500);
  const points = page.locator('.graphic__chart svg circle[data-key="point-delimitation/final-tally-2025"]');
  await expect(points).toHaveCount(1);
  expect(await faded(page, '.graphic__chart svg [data-key]')).toEqual([]);
});

test('map markers and labels that enter end fully visible', async ({ page, ed }) => {
  await page.goto(ed.url('#roads'));
  await expectActive(page, 'roads');
  await scrollToStep(page, 'april-2021-cameras');
  await scrollToStep(page, 'april-2021-fighting');
  await expectActive(page, 'april-2021-fighting');
  await page.waitForTimeout(2000);
  await expect(page.locator('.map--live .map__event')).not.toHaveCount(0);
  expect(await faded(page, '.map--live .map__marks path, .map--live .map__marks circle, .map--live .map__marks text')).toEqual([]);
});

test('map labels, drawn in the site’s fonts, are no wider than the widths they were placed by', async ({ page, ed }) => {
  await withSiteFonts(page);
  const kindOf = (cls: string): TextStyle =>
    cls.includes('--country') ? 'country' : cls.includes('--region') ? 'region' : cls.includes('--district') ? 'district' : cls.includes('--capital') ? 'capital' : cls.includes('--enclave') ? 'enclave' : 'place';
  const wide: string[] = [];
  for (const id of ['central-asia', 'line-east', 'other-enclaves', 'april-2021-fighting', 'ovchi-kalacha']) {
    await page.goto('about:blank');
    await page.goto(ed.url(`#${id}`));
    await expectActive(page, id);
    await page.evaluate(() => document.fonts.ready);
    const drawn = await page.locator('.map--live text.map__label').evaluateAll((els) =>
      (els as SVGTextElement[]).flatMap((t) => {
        const sub = t.querySelector('tspan');
        const first = sub ? t.firstChild!.textContent! : t.textContent!;
        const rows = [{ cls: t.getAttribute('class')!, text: first, px: sub ? t.getSubStringLength(0, first.length) : t.getComputedTextLength() }];
        if (sub) rows.push({ cls: 'sub', text: sub.textContent!, px: sub.getComputedTextLength() });
        return rows;
      }),
    );
    expect(drawn.length, `${id} draws labels`).toBeGreaterThan(0);
    for (const d of drawn) {
      const estimate = textWidth(d.text, d.cls === 'sub' ? 'sub' : kindOf(d.cls));
      if (d.px > estimate + 1) wide.push(`${id}: "${d.text}" ${d.px.toFixed(0)} px, placed as ${estimate.toFixed(0)}`);
    }
  }
  expect(wide).toEqual([]);
});

test('the graphic’s credit keeps to one line on the narrowest phone, for maps and charts, so nothing moves as it changes', async ({ page, ed, isMobile }) => {
  test.skip(!isMobile, 'one width, checked in the phone projects');
  await page.setViewportSize({ width: 360, height: 640 });
  await withSiteFonts(page);
  const credit = page.locator('.graphic__credit');
  for (const [id, key] of [['vorukh', 'credit.map'], ['land-swaps-totals', 'credit.chart']] as const) {
    await page.goto(ed.url(`#${id}`));
    await expectActive(page, id);
    await expect(credit).toHaveText(ed.t(key));
    const { height, line } = await credit.evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
    expect(height, `${id}: “${ed.t(key)}”`).toBeLessThan(line * 1.5 + 4);
  }
});
