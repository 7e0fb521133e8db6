#!/usr/bin/env node
/**
 * Renders text in headless Chromium twice, side by side: once with fontsource's per-subset files
 * (one @font-face per subset with its unicode-range, as src/styles/fonts.css does) and once with
 * the merged file of src/assets/fonts (one @font-face with the merged unicode-range), and compares
 * the pixels and the text widths. Variable fonts are drawn at several weights (font-weight, as
 * the site sets it). Prints one line per output and weight; exits 1 if any pixel differs.
 *
 *   node scripts/fonts/compare-render.mjs
 *
 * Needs Chromium ($CHROMIUM_PATH or /usr/bin/chromium) and /usr/bin/python3 with fontTools (to
 * read which characters each input has). Development tool: not needed to build or test the site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import sharp from 'sharp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'src/assets/fonts/manifest.json'), 'utf8'));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);

const SENTENCES = [
  'Border Lines: the Kyrgyzstan–Tajikistan border, 1924–2025 (971 km; 58% agreed).',
  'AVATAR, Tj, To, Ty, LT, “quoted” ‘text’ — fi fl ff ffi 1/2 3/4 № 5',
  'Граница между Кыргызстаном и Таджикистаном: 971 км, из них согласовано 58%.',
  'ГОТОВО. Ёлка, объём, «кавычки» — № 12; Г. Т. Ъ. У. Ф. Я. Ты Уж Гл',
  'Смешанный text: Ferghana (Фергана), Isfara — Исфара, 2021–2022.',
  'Кыргызстан Өзбекстан Ңң Үү Өө Ғғ Ӣӣ Ққ Ӯӯ Ҳҳ Ҷҷ',
  'Баҳори Тоҷикистон: Хуҷанд, Исфара, Ворух; Баткен, Ак-Сай.',
];
const SIZE = 28;
const LINE = 56;

/** Code points each input file maps that lie in its own unicode-range. */
function ownCharacters(paths) {
  const script = `
import json, sys
from fontTools.ttLib import TTFont
print(json.dumps([sorted(TTFont(p).getBestCmap()) for p in sys.argv[1:]]))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, ...paths], { encoding: 'utf8' }));
}

function inRange(range, cp) {
  return range.split(',').some((part) => {
    const [a, b] = part.replace(/U\+/g, '').split('-').map((x) => parseInt(x, 16));
    return cp >= a && cp <= (b ?? a);
  });
}

function lines(entry) {
  const cmaps = ownCharacters(entry.inputs.map((i) => join(ROOT, i.path)));
  const out = [];
  entry.inputs.forEach((input, k) => {
    const chars = cmaps[k]
      .filter((cp) => cp > 0x20 && inRange(input.unicodeRange, cp))
      .map((cp) => String.fromCodePoint(cp))
      .filter((c) => !/\p{M}|\p{C}|\p{Z}/u.test(c));
    for (let i = 0; i < chars.length; i += 30) out.push(chars.slice(i, i + 30).join(''));
  });
  const merged = entry.unicodeRange;
  return out.concat(SENTENCES.filter((s) => [...s].every((c) => inRange(merged, c.codePointAt(0)))));
}

function page(entry, weight, texts, mergedWeight = weight) {
  const css = entry.css;
  const faces = entry.inputs
    .map(
      (input) => `@font-face { font-family: 'Ref'; font-style: ${css.fontStyle}; font-weight: ${css.fontWeight};
        font-display: block; src: url('/in/${input.path}') format('${css.format}'); unicode-range: ${input.unicodeRange}; }`,
    )
    .join('\n');
  const merged = `@font-face { font-family: 'Merged'; font-style: ${css.fontStyle}; font-weight: ${css.fontWeight};
        font-display: block; src: url('/out/${entry.file}') format('${css.format}'); unicode-range: ${entry.unicodeRange}; }`;
  const rows = texts
    .map(
      (t, i) => `<div class="r" style="top:${2 * i * LINE}px;font-family:Ref;font-weight:${weight}">${t}</div>
        <div class="r" style="top:${(2 * i + 1) * LINE}px;font-family:Merged;font-weight:${mergedWeight}">${t}</div>`,
    )
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><style>${faces}\n${merged}
    html, body { margin: 0; background: #fff; }
    .r { position: absolute; left: 0; height: ${LINE}px; line-height: ${LINE}px; font-size: ${SIZE}px;
         white-space: pre; padding: 0 8px; color: #000; font-kerning: normal; }
    </style><body>${rows}</body>`;
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
  for (const entry of manifest.outputs) {
    const texts = lines(entry);
    // the last run is a control: the merged font one weight step up must differ
    const weights = entry.axes ? [400, 500, 600, 700, 900, [400, 401]] : [400, 700, [400, 700]];
    for (const run of weights) {
      const [weight, mergedWeight] = Array.isArray(run) ? run : [run, run];
      const control = Array.isArray(run);
      const context = await browser.newContext({ viewport: { width: 2400, height: 2 * texts.length * LINE }, deviceScaleFactor: 1 });
      const p = await context.newPage();
      await p.route('http://fonts.test/**', async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') {
          await route.fulfill({ contentType: 'text/html; charset=utf-8', body: page(entry, weight, texts, mergedWeight) });
        } else {
          const file = path.startsWith('/out/') ? join(ROOT, 'src/assets/fonts', decodeURIComponent(path.slice(5))) : join(ROOT, decodeURIComponent(path.slice(4)));
          await route.fulfill({ contentType: 'font/woff2', body: readFileSync(file) });
        }
      });
      await p.goto('http://fonts.test/');
      const loaded = await p.evaluate(async () => {
        await Promise.all([...document.querySelectorAll('.r')].map((el) => document.fonts.load(`${el.style.fontWeight} 28px ${el.style.fontFamily}`, el.textContent)));
        await document.fonts.ready;
        return [...document.fonts].map((f) => `${f.family}:${f.status}`);
      });
      if (loaded.some((s) => !s.endsWith(':loaded'))) throw new Error(`fonts not loaded: ${loaded.join(' ')}`);
      const widths = await p.evaluate(() =>
        [...document.querySelectorAll('.r')].map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect().width;
        }),
      );
      const png = await p.screenshot({ fullPage: true });
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      let pixels = 0;
      let differentPixels = 0;
      let maxWidthDiff = 0;
      let inked = 0;
      const bad = [];
      for (let i = 0; i < texts.length; i++) {
        maxWidthDiff = Math.max(maxWidthDiff, Math.abs(widths[2 * i] - widths[2 * i + 1]));
        let rowDiff = 0;
        for (let y = 0; y < LINE; y++) {
          for (let x = 0; x < info.width; x++) {
            const a = ((2 * i * LINE + y) * info.width + x) * info.channels;
            const b = (((2 * i + 1) * LINE + y) * info.width + x) * info.channels;
            let same = true;
            for (let c = 0; c < 3; c++) if (data[a + c] !== data[b + c]) same = false;
            if (data[a] < 255) inked++;
            pixels++;
            if (!same) rowDiff++;
          }
        }
        differentPixels += rowDiff;
        if (rowDiff) bad.push(`    ${JSON.stringify(texts[i])}: ${rowDiff} pixels, widths ${widths[2 * i].toFixed(3)} / ${widths[2 * i + 1].toFixed(3)}`);
      }
      failed ||= control ? differentPixels === 0 : differentPixels > 0;
      console.log(
        `${entry.file} at ${control ? `${weight} (subsets) vs ${mergedWeight} (merged), control` : weight}: ${texts.length} lines, ${pixels} pixels compared (${inked} inked), ` +
          `${differentPixels} differ; widest text-width difference ${maxWidthDiff.toFixed(3)} px`,
      );
      if (!control) for (const line of bad.slice(0, 8)) console.log(line);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
