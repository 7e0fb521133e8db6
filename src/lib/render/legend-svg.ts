/**
 * A map's key drawn in SVG, for graphics that leave the page as files (the kit's PNG and SVG):
 * each entry's swatch as the page's key draws it in CSS (story.css, .swatch--*), then its label,
 * entries flowing in rows across the width. Colours are the design tokens' values.
 */
import type { LegendItem, LegendKey } from '../story/legend.ts';
import { el, round1 as r } from './xml.ts';

type Tokens = Map<string, string>;

const SW = 18;
const SH = 12;

function swatch(key: LegendKey, c: (name: string) => string): string {
  const box = (fill: string, stroke: string, extra: Record<string, string | number> = {}) =>
    el('rect', { x: 0.5, y: 0.5, width: SW - 1, height: SH - 1, fill, stroke, ...extra });
  const line = (dash?: string) => el('path', { d: `M0,${SH / 2}H${SW}`, stroke: c('--kg-tj-line'), 'stroke-width': 3, fill: 'none', 'stroke-dasharray': dash ?? null });
  switch (key) {
    case 'kgz':
      return box(c('--kgz'), c('--land-edge'));
    case 'tjk':
      return box(c('--tjk'), c('--land-edge'));
    case 'line-drawn':
    case 'line-agreed':
      return line();
    case 'line-undefined':
      return line('5 3');
    case 'line-closed':
      return line() + el('path', { d: [2, 8, 14].map((x) => `M${x},1V${SH - 1}`).join(''), stroke: c('--ink'), 'stroke-width': 1.5 });
    case 'band':
      return el('rect', { x: 0, y: 0, width: SW, height: SH, fill: c('--kg-tj-line'), 'fill-opacity': 0.18 }) + el('path', { d: `M0,1H${SW}`, stroke: c('--kg-tj-line'), 'stroke-width': 2 });
    case 'region':
      return box('#000', c('--ink-3'), { 'fill-opacity': 0.06, 'stroke-dasharray': '3 2' });
    case 'sector':
      return box(c('--event'), c('--event'), { 'fill-opacity': 0.07, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' });
    case 'enclave':
      return box('none', c('--ink'), { 'stroke-width': 1.5 });
    case 'event':
      return el('path', { d: `M${SW / 2},0L${SW / 2 + 6},${SH / 2}L${SW / 2},${SH}L${SW / 2 - 6},${SH / 2}Z`, fill: c('--event'), stroke: c('--paper') });
    case 'approximate':
      return (
        el('circle', { cx: 5, cy: SH / 2, r: 4, fill: c('--paper'), stroke: c('--ink'), 'stroke-width': 1.5 }) +
        el('path', { d: `M15,${SH / 2 - 4.5}L19.5,${SH / 2}L15,${SH / 2 + 4.5}L10.5,${SH / 2}Z`, fill: c('--paper'), stroke: c('--event'), 'stroke-width': 2 })
      );
  }
}

/**
 * The key's entries, laid out from (x, y) within `width`: returns the markup and the height used.
 * `measure` gives a label's width in the key's type.
 */
export function legendSvg(items: LegendItem[], tokens: Tokens, box: { x: number; y: number; width: number }, measure: (text: string) => number, lineHeight = 20): { svg: string; height: number } {
  const c = (name: string) => {
    const v = tokens.get(name);
    if (!v) throw new Error(`legend-svg: design token ${name} is not in src/styles/tokens.css`);
    return v;
  };
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = SW + 6 + measure(item.label) + 18;
    if (x > 0 && x + w > box.width) {
      x = 0;
      row += 1;
    }
    const ty = box.y + row * lineHeight;
    parts.push(
      el('g', { class: 'kit__key-item', transform: `translate(${r(box.x + x)},${r(ty)})` }, [
        el('g', { transform: `translate(0,${(lineHeight - SH) / 2 - 3})` }, [swatch(item.key, c)]),
        el('text', { class: 'kit__key', x: SW + 6, y: lineHeight / 2 + 1 }, item.label),
      ]),
    );
    x += w;
  }
  return { svg: parts.join(''), height: items.length ? (row + 1) * lineHeight : 0 };
}
