/**
 * A graphic of the kit as one self-contained SVG file, for a newsroom's page, app or print: its
 * title, the map or chart drawn at the file's width (not scaled), the map's key, what it cannot
 * show, its sources, and the credit and licence, all drawn in and kept as text. The styles are
 * inlined with every token resolved, and (for the SVG download) the site's sans font is embedded
 * as a data URL, so the file refers to nothing else. The PNG is rendered from the same markup by
 * png.ts, with the same font. Build time only.
 */
import type { Formats } from '../i18n/format.ts';
import { wrap } from '../chart/primitives/labels.ts';
import { textWidth } from '../i18n/measure.ts';
import { legendSvg } from '../render/legend-svg.ts';
import { designTokens, standaloneStyle } from '../render/standalone-style.ts';
import { el } from '../render/xml.ts';
import { drawGraphic, drawnGraphicSvg, graphicSize, type GraphicInputs } from './draw.ts';
import type { StoryGraphic } from './registry.ts';
import { graphicSourceLine, kitCredit } from './source-line.ts';

/** The file's width, CSS px; the PNG is drawn at twice that (1,280 px). */
export const STATIC_WIDTH = 640;
const PAD = 24;

// Label widths are measured per style (src/lib/i18n/glyph-widths.ts); the file's own text is set
// in the same sans, so its lines are measured in a measured style of the same weight, scaled.
const TITLE = { size: 21, style: 'stamp', styleSize: 15, line: 26 } as const; // 700
const TEXT = { size: 13, style: 'credit', styleSize: 11.5, line: 18 } as const; // 400

const lines = (text: string, t: { size: number; style: 'stamp' | 'credit'; styleSize: number }, width: number) => wrap(text, (width * t.styleSize) / t.size, t.style);
const measure = (text: string, t: { size: number; style: 'stamp' | 'credit'; styleSize: number }) => (textWidth(text, t.style) * t.size) / t.styleSize;

export interface StaticOptions {
  /** the embedded font's @font-face rule (the SVG download), or none (the PNG: the rasteriser has it) */
  fontFace?: string;
  /** the address of the story, printed under the credit */
  storyUrl: string;
}

export function staticGraphicSvg(g: StoryGraphic, inputs: GraphicInputs, options: StaticOptions): string {
  const fmt: Formats = inputs.fmt;
  const tokens = designTokens();
  const inner = STATIC_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const textLines = (cls: string, ls: string[], t: { line: number }) => {
    for (const l of ls) {
      y += t.line;
      parts.push(el('text', { class: cls, x: PAD, y: y - 6 }, l));
    }
  };
  textLines('kit__title', lines(g.title, TITLE, inner), TITLE);
  y += 8;

  // a map runs edge to edge, as on the page; a chart keeps the file's margins
  const x0 = g.kind === 'map' ? 0 : PAD;
  const drawn = drawGraphic(g.state, inputs, graphicSize(g.kind, STATIC_WIDTH - 2 * x0));
  const graphic = drawnGraphicSvg(drawn, fmt, { id: `kit-${g.id}`, title: g.title, description: g.description, standalone: { style: standaloneStyle(drawn.kind) } });
  parts.push(graphic.replace(/^<svg /, `<svg x="${x0}" y="${y}" `));
  y += drawn.frame.height + 12;

  if (g.legend.length) {
    const key = legendSvg(g.legend, tokens, { x: PAD, y, width: inner }, (s) => measure(s, TEXT));
    parts.push(key.svg);
    y += key.height + 4;
  }
  if (g.note) textLines('kit__note', lines(g.note, TEXT, inner), TEXT);
  y += 6;
  textLines('kit__source', lines(graphicSourceLine(g, fmt), TEXT, inner), TEXT);
  // the story's address where the build knows the site's origin (SITE_URL)
  const url = /^https?:/.test(options.storyUrl) ? ` · ${options.storyUrl}` : '';
  textLines('kit__credit', lines(`${kitCredit(fmt)}${url}`, TEXT, inner), TEXT);
  y += PAD - 6;

  const c = (name: string) => tokens.get(name)!;
  const style = [
    options.fontFace ?? '',
    `.kit__title{font-family:${c('--font-sans')};font-weight:700;font-size:${TITLE.size}px;fill:${c('--ink')}}`,
    `.kit__key,.kit__note,.kit__source,.kit__credit{font-family:${c('--font-sans')};font-weight:400;font-size:${TEXT.size}px;fill:${c('--ink-2')}}`,
    `.kit__key{font-size:12.5px;fill:${c('--ink')}}`,
    `.kit__credit{fill:${c('--ink-3')}}`,
  ].join('');
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: STATIC_WIDTH, height: Math.ceil(y), viewBox: `0 0 ${STATIC_WIDTH} ${Math.ceil(y)}`, role: 'img', 'aria-labelledby': `kit-${g.id}-file-title`, lang: fmt.locale },
    [
      el('title', { id: `kit-${g.id}-file-title` }, g.title),
      el('desc', {}, g.description),
      `<style>${style}</style>`,
      el('rect', { width: STATIC_WIDTH, height: Math.ceil(y), fill: c('--paper') }),
      ...parts,
    ],
  );
}
