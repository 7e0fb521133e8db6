/**
 * The newsroom kit, in every edition: the files as a newsroom takes them (read from the build on
 * disk, checked once per edition, in the desktop projects), and the pages as a reader meets
 * them (embed and republish pages in the browser: accessible, drawn at the frame's width,
 * nothing from another host, the generator's codes and preview).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, type Edition } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { renderPng } from '../src/lib/graphics/png.ts';
import { parseCsv } from '../tests/support/csv.ts';
import { RASTER_FONT_FILES } from '../src/lib/graphics/fonts.ts';
import { mappedCharacters } from './support/cmap.ts';

const DIST = 'dist';
interface Entry { id: string; kind: 'map' | 'chart'; title: string; embed: string; png: string; svg: string; csv?: string; geojson?: string; oembed: string; story: string }

const file = (url: string) => join(DIST, decodeURIComponent(url).replace(/\/$/, '/index.html'));
const catalogueOf = (ed: Edition): Entry[] => JSON.parse(readFileSync(join(DIST, ed.base, 'graphics.json'), 'utf8'));
const decode = (path: string) => PNG.sync.read(readFileSync(path));
/** Pixels that are not the paper's colour, in a box of a decoded PNG. */
function ink(png: PNG, box: { x: number; y: number; w: number; h: number }): number {
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 200 && png.data[i + 3]! > 0) n++;
    }
  return n;
}
test.describe('the kit\'s files', () => {
  test.skip(({ isMobile }) => isMobile, 'files are checked once per edition, in its desktop project');

  test('the catalogue lists every graphic, each with its files in the build', ({ ed }) => {
    const list = catalogueOf(ed);
    expect(list.length).toBeGreaterThan(40);
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    for (const e of list) {
      for (const url of [e.embed, e.png, e.svg, e.oembed, e.csv ?? e.geojson!]) {
        expect(url.startsWith(ed.base), `${e.id}: ${url} is under the edition`).toBe(true);
        expect(existsSync(file(url)), `${e.id}: ${url} is in the build`).toBe(true);
      }
      expect(e.kind === 'chart' ? e.csv : e.geojson, `${e.id}: its data`).toBeTruthy();
    }
  });

  test('every oEmbed record is valid, matches its page and points at its PNG', ({ ed }) => {
    for (const e of catalogueOf(ed)) {
      const o = JSON.parse(readFileSync(file(e.oembed), 'utf8'));
      expect(o, e.id).toMatchObject({ type: 'rich', version: '1.0', title: e.title, provider_name: ed.t('page.site_name') });
      expect(o.width).toBeGreaterThan(0);
      expect(o.height).toBeGreaterThan(200);
      expect(o.html).toMatch(new RegExp(`^<iframe src="[^"]*${e.embed}" title="[^"]+" loading="lazy"`));
      expect(o.thumbnail_url.endsWith(e.png)).toBe(true);
      const page = readFileSync(file(e.embed), 'utf8');
      expect(page, `${e.id}: oEmbed discovery`).toContain(`<link rel="alternate" type="application/json+oembed" href="${e.oembed}"`);
      expect(page).toContain(`<h1 class="embed__title" id="embed-${e.id}-heading">`);
    }
  });

  test('every PNG decodes at its stated size (1,280 px wide), is not blank, and is drawn in the site\'s fonts', ({ ed }) => {
    test.setTimeout(120_000);
    for (const e of catalogueOf(ed)) {
      const png = decode(file(e.png));
      const o = JSON.parse(readFileSync(file(e.oembed), 'utf8'));
      expect([png.width, png.height], e.id).toEqual([o.thumbnail_width, o.thumbnail_height]);
      expect(png.width).toBeGreaterThanOrEqual(1200);
      expect(ink(png, { x: 0, y: 0, w: png.width, h: png.height }), `${e.id}: not blank`).toBeGreaterThan(png.width * 20);
    }
    // The PNG is the SVG file drawn by the rasteriser with the site's own font and nothing else:
    // drawing the file again gives the same pixels, and the title's letters are there. With no
    // font, the title band is empty: a build that lacked the edition's letters would fail here.
    for (const e of catalogueOf(ed).filter((_, i) => i % 6 === 0)) {
      const svg = readFileSync(file(e.svg), 'utf8').replace(/@font-face\{[^}]*\}/, '');
      const again = PNG.sync.read(Buffer.from(renderPng(svg)));
      const built = decode(file(e.png));
      expect(Buffer.compare(again.data, built.data), `${e.id}: the PNG is its SVG in the site's fonts`).toBe(0);
      const title = { x: 40, y: 48, w: 1200, h: 40 };
      expect(ink(built, title), `${e.id}: the title is drawn`).toBeGreaterThan(1500);
      expect(ink(PNG.sync.read(Buffer.from(renderPng(svg, []))), title), `${e.id}: without a font there is no title`).toBe(0);
    }
  });

  test('the rasteriser\'s fonts have every character the graphics print (no missing-glyph box in a PNG)', ({ ed }) => {
    const covered = new Set(RASTER_FONT_FILES.flatMap((f) => [...mappedCharacters(f)]));
    // the check can fail: the site's sans alone lacks the arrows some charts print
    expect(mappedCharacters(RASTER_FONT_FILES[0]!).has('→'.codePointAt(0)!)).toBe(false);
    const missing = new Map<string, string>();
    for (const e of catalogueOf(ed)) {
      const svg = readFileSync(file(e.svg), 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '');
      const text = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join('');
      for (const ch of text) if (ch.codePointAt(0)! > 32 && !covered.has(ch.codePointAt(0)!)) missing.set(ch, e.id);
    }
    expect([...missing].map(([ch, id]) => `${ch} (U+${ch.codePointAt(0)!.toString(16)}) in ${id}`)).toEqual([]);
  });

  test('every SVG is self-contained: its font, title, source, credit and licence inside, nothing referred to', ({ ed }) => {
    for (const e of catalogueOf(ed)) {
      const svg = readFileSync(file(e.svg), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), e.id).toBe(true);
      const refs = [...svg.matchAll(/(?:href|src)="([^"#][^"]*)"|url\((?!data:|#)([^)]*)\)/g)];
      expect(refs.map((m) => m[0]), `${e.id}: references to other files`).toEqual([]);
      expect(svg).toContain("@font-face{font-family:'Golos Text Variable'");
      expect(svg).toContain('src:url(data:font/woff2;base64,');
      expect(svg).toContain(`<title id="kit-${e.id}-file-title">`);
      expect(svg).toContain(`${ed.t('page.site_name')} · CC BY 4.0`);
      expect(svg).toMatch(/<text class="kit__title"[^>]*>[^<]+<\/text>/);
    }
  });

  test('every chart\'s CSV parses and every value carries its source; every map\'s GeoJSON carries its places\' names and sources', ({ ed }) => {
    for (const e of catalogueOf(ed)) {
      if (e.csv) {
        const [header, ...rows] = parseCsv(readFileSync(file(e.csv), 'utf8'));
        for (const col of ['row_id', 'value', 'date', 'side', 'unit', 'qualifier', 'confidence', 'source_outlet', 'source_url']) expect(header, e.id).toContain(col);
        expect(rows.length, e.id).toBeGreaterThan(0);
        const url = header!.indexOf('source_url');
        for (const r of rows) expect(r[url], `${e.id}: ${r[0]}`).toMatch(/^https?:\/\//);
      } else {
        const g = JSON.parse(readFileSync(file(e.geojson!), 'utf8'));
        expect(g.type, e.id).toBe('FeatureCollection');
        for (const f of g.features) {
          expect(f.properties.name, `${e.id}: a name`).toBeTruthy();
          expect(typeof f.properties.approximate).toBe('boolean');
          if (f.properties.kind === 'event') expect(f.properties.sources.length, `${e.id}: ${f.properties.id}`).toBeGreaterThan(0);
          if (ed.tag === 'ru') expect(f.properties.name, `${e.id}: in Russian`).toMatch(/[А-Яа-яЁё]/);
        }
      }
    }
  });

  test('the two ZIPs hold every graphic with its data, the whole data set, and the credits', ({ ed }) => {
    const list = catalogueOf(ed);
    const kit = unzipSync(readFileSync(join(DIST, ed.base, `downloads/border-lines-graphics-${ed.tag}.zip`)));
    for (const e of list) for (const url of [e.png, e.svg, e.csv ?? e.geojson!]) expect(kit[url.split('/').pop()!], `${e.id} in the ZIP`).toBeTruthy();
    expect(strFromU8(kit['README.txt']!)).toContain('CC BY 4.0');
    const data = unzipSync(readFileSync(join(DIST, ed.base, `downloads/border-lines-data-${ed.tag}.zip`)));
    for (const table of ['casualties', 'timeline', 'places', 'delimitation', 'sources']) expect(Object.keys(data), table).toContain(`${table}.csv`);
  });
});

test.describe('the kit\'s pages', () => {
  test('an embed page: its graphic redrawn at the frame\'s width, its credit, licence and story link; accessible', async ({ page, ed }) => {
    const list = catalogueOf(ed);
    const viewport = page.viewportSize()!;
    for (const e of [list.find((x) => x.id === 'vorukh')!, list.find((x) => x.kind === 'chart')!]) {
      await page.setViewportSize(viewport);
      await page.goto(e.embed);
      const graphic = page.locator('.embed__graphic');
      await expect(graphic).toHaveAttribute('data-drawn-by', 'browser');
      const width = await graphic.evaluate((el) => el.clientWidth);
      const drawn = await graphic.locator('svg').getAttribute('viewBox');
      const expected = e.kind === 'chart' ? width - 24 : width;
      expect(Number(drawn!.split(' ')[2]), `${e.id}: drawn at the frame's width`).toBeCloseTo(expected, -1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
      await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
      await expect(page.getByRole('link', { name: ed.t('kit.in_story') })).toHaveAttribute('href', new RegExp(`${e.story.replace(/[#/]/g, '\\$&')}$`));
      expect(await axeViolations(page), e.id).toEqual([]);
      // no sideways scrolling in a frame as narrow as a small phone's column
      await page.setViewportSize({ width: 300, height: 700 });
      await expect.poll(() => graphic.getAttribute('data-width')).toBe(String(300 - 24));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    }
  });

  test('the stacked story embed: every step\'s text, a figure for each graphic, no scroll-driven graphic', async ({ page, ed }) => {
    await page.goto(ed.url('embed/story/'));
    await expect(page.locator('.embed-story__step')).toHaveCount(55);
    await expect(page.locator('.embed-story__img')).toHaveCount(catalogueOf(ed).length);
    await expect(page.locator('[data-story], .graphic')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the republish page: licences, credit, every graphic\'s entry, a working generator; the story links each step to its entry', async ({ page, ed }) => {
    const list = catalogueOf(ed);
    await page.goto(ed.url('republish/'));
    for (const e of list) await expect(page.locator(`#graphic-${e.id}`)).toHaveCount(1);
    const generator = page.locator('[data-generator]');
    const code = generator.getByLabel(ed.t('republish.code'), { exact: true });
    await generator.getByLabel(ed.t('republish.choose'), { exact: true }).selectOption('vorukh');
    await generator.getByLabel(ed.t('republish.width_px', { px: 400 })).check();
    await expect(code).toHaveValue(/^<div data-pym-src="http:\/\/localhost:\d+\/(ru\/)?embed\/vorukh\/"[^>]*><iframe [^>]*style="border:0;width:400px;max-width:100%;height:\d+px"><\/iframe><\/div><script src="http:\/\/localhost:\d+\/embed\/pym\.v1\.min\.js"><\/script>$/);
    await expect(generator.getByLabel(ed.t('republish.code_plain'))).toHaveValue(/^<iframe src="[^"]+\/embed\/vorukh\/" title="[^"]+" loading="lazy"/);
    // the preview is the embed, sized by the height it reports
    const preview = page.frameLocator('#generator-preview');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(list.find((e) => e.id === 'vorukh')!.title);
    await expect
      .poll(async () => {
        const frameHeight = await page.locator('#generator-preview').evaluate((f) => f.getBoundingClientRect().height);
        const content = await preview.locator('html').evaluate((h) => h.getBoundingClientRect().height);
        return Math.abs(frameHeight - content);
      })
      .toBeLessThanOrEqual(2);
    const text = await page.getByLabel(ed.t('republish.text_label')).inputValue();
    expect(text).not.toMatch(/<script|<style|class="/);
    expect(text).toContain(`<h2>${ed.t('end.corrections')}</h2>`);
    expect(await axeViolations(page)).toEqual([]);

    // from the story: a step's "Embed or download" lands on its graphic's entry, and picks it
    await page.goto(ed.url('#vorukh'));
    await page.locator('#vorukh').getByRole('link', { name: ed.t('kit.embed_or_download') }).click();
    await expect(page).toHaveURL(/republish\/#graphic-vorukh$/);
    await expect(page.getByLabel(ed.t('republish.choose'), { exact: true })).toHaveValue('vorukh');
  });
});
