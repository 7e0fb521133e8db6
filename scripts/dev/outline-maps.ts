/**
 * The classroom's blank outline maps, for looking (not a test): npx tsx scripts/dev/outline-maps.ts [out-dir]
 * Writes each map in each edition as SVG, as PNG (resvg, as the kit's PNGs) and printed on an A4
 * page by Chromium (PDF, the map 180 mm wide). Look at a page with `pdftoppm -png -r 50 <pdf> <name>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { OUTLINE_KINDS } from '../../src/lib/classroom/outline-maps.ts';
import { outlineMapFile } from '../../src/lib/classroom/paths.ts';
import { renderPng } from '../../src/lib/graphics/png.ts';
import { loadLocales } from '../../src/lib/i18n/locales.ts';
import { chromiumLaunchOptions } from '../browser/chromium.ts';

const out = resolve(process.argv[2] ?? '.cache/outline');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const { tag } of loadLocales()) {
    for (const kind of OUTLINE_KINDS) {
      const name = `${kind}-${tag}`;
      const svg = await outlineMapFile(kind, tag);
      writeFileSync(`${out}/${name}.svg`, svg);
      writeFileSync(`${out}/${name}.png`, renderPng(svg));
      const html = `<!doctype html><html lang="${tag}"><meta charset="utf-8"><style>@page{size:A4 portrait;margin:15mm}body{margin:0}img{display:block;width:180mm;height:auto}</style><img src="${name}.svg" alt="">`;
      writeFileSync(`${out}/print-${name}.html`, html);
      const page = await browser.newPage();
      await page.goto(`file://${out}/print-${name}.html`);
      await page.pdf({ path: `${out}/print-${name}.pdf`, format: 'A4', preferCSSPageSize: true });
      await page.close();
      console.log(`${out}/${name}.{svg,png} ${out}/print-${name}.pdf`);
    }
  }
} finally {
  await browser.close();
}
