/**
 * The classroom's blank outline maps (src/lib/classroom/outline-maps.ts): each map in each edition
 * is one well-formed, self-contained SVG file, 180 mm wide, in greys only, with nothing written on
 * it but its title, the scale bar and the credit; the line heavier than the other borders, every
 * enclave outlined; the same bytes every time.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it, vi } from 'vitest';
import { OUTLINE_KINDS, outlineMapSvg } from '../../src/lib/classroom/outline-maps.ts';
import { outlineMapFile, outlineMapTitle } from '../../src/lib/classroom/paths.ts';
import { readTopology } from '../../src/lib/data/load.ts';
import { decodeTopology } from '../../src/lib/map/geo-data.ts';
import { VIEWS } from '../../src/lib/map/views.ts';
import { LOCALE_TAGS, formatsFor } from '../support/i18n.ts';
import { unbalanced } from '../support/xml.ts';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, '')));
const style = (svg: string) => [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');

/** Every colour the file paints with: fill and stroke attributes and declarations, and any colour literal at all. */
function colours(svg: string): string[] {
  const found: string[] = [];
  for (const m of svg.matchAll(/\b(?:fill|stroke|stop-color|flood-color|color)\s*[:=]\s*"?([^;"}]+)/g)) found.push(m[1]!.trim());
  for (const m of svg.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g)) found.push(m[0]);
  return found;
}

/** A grey: no hue (r = g = b), or no paint at all. */
function isGrey(c: string): boolean {
  const v = c.toLowerCase();
  if (['none', 'white', 'black', 'transparent', 'currentcolor'].includes(v)) return true;
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) {
    if (hex.length === 3) hex = [...hex].map((x) => x + x).join('');
    return hex.slice(0, 2) === hex.slice(2, 4) && hex.slice(2, 4) === hex.slice(4, 6);
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
  if (rgb) return rgb[1] === rgb[2] && rgb[2] === rgb[3];
  return false;
}

const TITLES: Record<string, Record<string, string>> = {
  en: { region: 'Blank map: the Kyrgyzstan–Tajikistan border region', isfara: 'Blank map: the Isfara valley' },
  ru: { region: 'Контурная карта: приграничье Кыргызстана и Таджикистана', isfara: 'Контурная карта: долина Исфары' },
};
const VIEW_OF = { region: VIEWS.border, isfara: VIEWS.isfara } as const;

describe('blank outline maps', () => {
  for (const tag of LOCALE_TAGS) {
    const fmt = formatsFor(tag);
    for (const kind of OUTLINE_KINDS) {
      describe(`${kind} (${tag})`, async () => {
        const svg = await outlineMapFile(kind, tag);

        it('is a well-formed SVG file that a renderer reads, 180 mm wide', () => {
          expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="180mm"')).toBe(true);
          expect(svg).toMatch(/height="\d+(\.\d)?mm" viewBox="0 0 680 \d+"/);
          expect(unbalanced(svg)).toEqual([]);
          // resvg parses the XML strictly: a malformed file throws here
          const r = new Resvg(svg, { font: { loadSystemFonts: false } });
          expect(Math.round(r.width)).toBe(680);
        });

        it('refers to no other file', () => {
          expect(svg).not.toMatch(/href\s*=/i);
          expect(svg).not.toMatch(/url\((?!#)/);
          expect(svg).not.toMatch(/@import|<image|<use|<script|<foreignObject/i);
        });

        it('writes only its title, the scale bar and the credit, in the edition\'s language', () => {
          const written = texts(svg);
          expect(written).toHaveLength(3);
          expect(written[0]).toBe(TITLES[tag]![kind]);
          expect(written[1]).toMatch(new RegExp(`^${fmt.t('map.km', { n: '\\d+' })}$`));
          expect(written[2]).toBe(`${fmt.t('page.site_name')} · CC BY 4.0 · ${fmt.t('kit.map_data')}`);
          expect(svg).toContain(`lang="${tag}"`);
          // no names, markers or labels of the story's maps: their groups are there, empty
          const marks = /<g class="map__marks">([\s\S]*?)<\/g><g class="map__inset"/.exec(svg)?.[1];
          expect(marks?.replace(/<g class="map__[\w-]+"><\/g>/g, '')).toBe('');
          expect(/<circle|class="map__label/.test(svg)).toBe(false);
        });

        it('paints in greys only', () => {
          const found = colours(svg);
          expect(found.length).toBeGreaterThan(5);
          expect(found.filter((c) => !isGrey(c))).toEqual([]);
          expect(svg).not.toMatch(/opacity\s*:\s*0(\.\d+)?[;"}]/);
        });

        it('draws the line heavier than the other borders, and every enclave outlined', () => {
          const css = style(svg);
          const width = (sel: string) => Number(new RegExp(`${sel.replace('.', '\\.')}\\{[^}]*stroke-width:([\\d.]+)`).exec(css)?.[1]);
          expect(width('.map__line')).toBeGreaterThanOrEqual(2 * width('.map__borders'));
          expect(width('.map__enclave')).toBeGreaterThan(0);
          const geo = decodeTopology(readTopology('public/data', VIEW_OF[kind].file));
          expect((svg.match(/class="map__enclave"/g) ?? []).length).toBe(geo.enclaves.length);
          expect((svg.match(/class="map__line"/g) ?? []).length).toBeGreaterThan(0);
          expect(/class="map__borders" d="M/.test(svg)).toBe(true);
        });

        it('is the same every time, in a fresh module too', async () => {
          expect(await outlineMapFile(kind, tag)).toBe(svg);
          vi.resetModules();
          const fresh = await import('../../src/lib/classroom/outline-maps.ts');
          expect(await fresh.outlineMapSvg(kind, tag, { title: outlineMapTitle(kind, tag) })).toBe(svg);
        });
      });
    }
  }

  it('takes its title from the caller, and names what it lacks', async () => {
    const svg = await outlineMapSvg('isfara', 'en', { title: 'Outline map & key' });
    expect(texts(svg)[0]).toBe('Outline map & key');
    expect(svg).toContain('<title id="outline-isfara-title">Outline map &amp; key</title>');
    await expect(outlineMapSvg('nowhere' as never, 'en', { title: 'x' })).rejects.toThrow(/no outline map/);
  });
});
