/**
 * Measures, in Chromium with the site's own fonts and styles, how wide every character the
 * editions use is drawn in each label style, and writes src/lib/i18n/glyph-widths.ts, which
 * src/lib/i18n/measure.ts sums to place labels at build time (where there is no DOM). Run it after
 * changing a label's font, size, weight or spacing, or adding an alphabet, on a built site:
 *
 *   npm run build && npx tsx scripts/i18n/measure-glyphs.ts
 *
 * e2e/graphic.spec.ts checks the drawn labels against these widths in every edition.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { startPreview } from '../dev/preview.ts';
import { CHARSET, STYLE_ORDER } from '../../src/lib/i18n/glyph-set.ts';

/** How each style is set: an SVG text in the map's or chart's styles, or an HTML span. */
const HOW: Record<(typeof STYLE_ORDER)[number], { svg?: 'map' | 'chart'; cls: string[]; html?: string }> = {
  country: { svg: 'map', cls: ['map__label map__label--country'] },
  region: { svg: 'map', cls: ['map__label map__label--region'] },
  district: { svg: 'map', cls: ['map__label map__label--district'] },
  // a place's name is set as a place's or, at an incident, an event's label: the wider of the two
  place: { svg: 'map', cls: ['map__label', 'map__label map__label--event', 'map__label map__label--sector'] },
  capital: { svg: 'map', cls: ['map__label map__label--capital'] },
  enclave: { svg: 'map', cls: ['map__label map__label--enclave'] },
  sub: { svg: 'map', cls: ['map__label-sub'] },
  credit: { svg: 'map', cls: ['map__attribution'] },
  // the stamp and counter: printed in a still figure, in HTML over the live map
  stamp: { svg: 'map', cls: ['map__stamp', 'map__counter'], html: 'graphic__stamp' },
  note: { cls: [], html: 'graphic__note' },
  chartKey: { svg: 'chart', cls: ['chart__key'] },
  chartLabel: { svg: 'chart', cls: ['chart__label'] },
  chartLabelSmall: { svg: 'chart', cls: ['chart__label chart__label--small'] },
  chartValue: { svg: 'chart', cls: ['chart__value'] },
  chartDocument: { svg: 'chart', cls: ['chart__label'] },
};

const OUT = 'src/lib/i18n/glyph-widths.ts';
const port = 4398;
const server = await startPreview(port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  // the fonts must be the ones measured: they block here rather than fall back (font-display: optional)
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, body: (await response.text()).replaceAll('font-display:optional', 'font-display:block') });
  });
  // tsx names the functions it compiles with a helper the page does not have
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`http://localhost:${port}/ru/`);
  const widths = await page.evaluate(
    async ({ how, chars, order }) => {
      const ns = 'http://www.w3.org/2000/svg';
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
      document.body.append(host);
      const svgs: Record<string, SVGSVGElement> = {};
      for (const [kind, cls] of [['map', 'map map--live'], ['chart', 'chart chart--live']] as const) {
        svgs[kind] = document.createElementNS(ns, 'svg');
        svgs[kind]!.setAttribute('class', cls);
        host.append(svgs[kind]!);
      }
      // the fonts' subsets load before anything is measured
      for (const weight of ['400', '500', '600', '700']) {
        for (const style of ['normal', 'italic']) await document.fonts.load(`${style} ${weight} 12px "Golos Text Variable"`, chars);
      }
      await document.fonts.ready;
      // two copies, halved: one glyph's trailing letter-spacing counts, as it does in a label
      const inSvg = (kind: string, cls: string, c: string) => {
        const t = document.createElementNS(ns, 'text');
        t.setAttribute('class', cls);
        t.style.whiteSpace = 'pre';
        t.textContent = c + c;
        svgs[kind]!.append(t);
        const w = t.getComputedTextLength() / 2;
        t.remove();
        return w;
      };
      const inHtml = (cls: string, c: string) => {
        const p = document.createElement('p');
        p.className = cls;
        p.style.cssText = 'position:absolute;left:0;top:0;width:auto;max-width:none;padding:0';
        const span = document.createElement('span');
        span.style.whiteSpace = 'pre';
        span.textContent = c + c;
        p.append(span);
        host.append(p);
        const w = span.getBoundingClientRect().width / 2;
        p.remove();
        return w;
      };
      const out: Record<string, number[]> = {};
      for (const style of order) {
        const h = how[style]!;
        out[style] = [...chars].map((c) => {
          const all = [...h.cls.map((cls) => inSvg(h.svg!, cls, c)), ...(h.html ? [inHtml(h.html, c)] : [])];
          return Math.ceil(Math.max(...all) * 10);
        });
      }
      return out;
    },
    { how: HOW, chars: CHARSET, order: [...STYLE_ORDER] },
  );
  await browser.close();
  const lines = STYLE_ORDER.map((s) => `  ${/^[a-z]+$/i.test(s) ? s : `'${s}'`}: '${widths[s]!.join(',')}',`);
  writeFileSync(
    OUT,
    [
      '// Generated by scripts/i18n/measure-glyphs.ts: do not edit. For each label style, the width',
      '// (px × 10, rounded up) each character of glyph-set.ts CHARSET is drawn at, in its order.',
      'export const GLYPH_WIDTHS = {',
      ...lines,
      '} as const;',
      '',
    ].join('\n'),
  );
  console.log(`wrote ${OUT}`);
} finally {
  server.kill();
}
