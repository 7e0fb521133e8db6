/**
 * Static figures: every step's graphic, rendered at build time at one size so the story reads
 * and prints without JavaScript. The base layers of each map view are one shared SVG file
 * (figures/map-<view>.svg); each step's figure references it with <use> and sets, through CSS
 * custom properties, what its state tints, shows and how much of the line it draws.
 */
import type { MapBase, MapFrame } from '../map/compute-map.ts';
import tokensCss from '../../styles/tokens.css?raw';

/** The design tokens' values, as fallbacks for a base file opened on its own (no page CSS). */
const TOKENS = Object.fromEntries([...tokensCss.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
const token = (name: string) => {
  const value = TOKENS[name];
  if (!value) throw new Error(`design token ${name} is not in src/styles/tokens.css`);
  return `var(${name},${value})`;
};

/**
 * Sized for a phone's column of text: on a 360 px phone the figure is drawn at about its own
 * size, so its smallest labels (11.5 px) stay at 11 px or more on screen; on wider screens it
 * is drawn at most 26rem wide (story.css), so the labels grow only a little.
 */
export const STATIC_SIZE = { width: 340, height: 310 };
export const STATIC_CHART_SIZE = { width: 340, height: 360 };

/** Neighbours' default fills, by country, inside the base files. */
const DEFAULT_FILL: Record<string, string> = { UZB: token('--land-uzb') };

/** The base file: its geometry never changes with the state, only its custom properties do. */
export function baseSvg(base: MapBase): string {
  const country = (c: { id: string; d: string }) =>
    `<path class="map__country" data-country="${c.id}" d="${c.d}" style="fill:var(--fill-${c.id},${DEFAULT_FILL[c.id] ?? token('--land')})"/>`;
  const region = (r: { id: string; d: string }) =>
    `<path class="map__region" d="${r.d}" style="visibility:var(--show-${r.id},hidden)"/>`;
  const enclave = (e: { id: string; d: string }) =>
    `<path class="map__enclave" d="${e.d}" style="visibility:var(--show-${e.id},hidden)"/>`;
  const line = (l: { id: string; d: string }) =>
    `<path class="map__line" d="${l.d}" style="visibility:var(--show-line,hidden);stroke-dasharray:var(--dash-${l.id},none)"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}">`,
    '<style>',
    `.map__water{fill:${token('--water')}}`,
    `.map__region{fill:${token('--region')};stroke:${token('--ink-3')};stroke-width:.6;stroke-dasharray:3 2}`,
    `.map__lakes{fill:${token('--water')};stroke:${token('--water-edge')};stroke-width:.5}`,
    `.map__borders{fill:none;stroke:${token('--border-line')};stroke-width:.8;stroke-linejoin:round}`,
    `.map__enclave{fill:none;stroke:${token('--ink')};stroke-width:.9}`,
    `.map__line{fill:none;stroke:${token('--kg-tj-line')};stroke-width:2.2;stroke-linejoin:round;stroke-linecap:round}`,
    '</style>',
    '<g id="base">',
    `<rect class="map__water" width="${base.width}" height="${base.height}"/>`,
    ...base.countries.map(country),
    ...base.regions.map(region),
    `<path class="map__lakes" d="${base.lakes}"/>`,
    `<path class="map__borders" d="${base.borders}"/>`,
    ...base.enclaves.map(enclave),
    ...base.line.map(line),
    '</g>',
    '</svg>',
  ].join('\n');
}

/** The custom properties that set a base file to one step's state. */
export function figureVars(frame: MapFrame): string {
  const o = frame.overlay;
  const vars: string[] = [];
  for (const id of o.focus) vars.push(`--fill-${id}:var(--${id.toLowerCase()})`);
  for (const id of o.regions) vars.push(`--show-${id}:visible`);
  for (const id of o.enclaves) vars.push(`--show-${id}:visible`);
  if (o.line.progress > 0) {
    vars.push('--show-line:visible');
    for (const [id, dash] of Object.entries(o.line.dashes)) vars.push(`--dash-${id}:${dash}`);
  }
  return vars.join(';');
}

/** The locator inset's base file (countries only; the focus box is drawn per figure). */
export function insetSvg(inset: NonNullable<MapFrame['overlay']['inset']>): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${inset.width} ${inset.height}">`,
    '<g id="base">',
    `<rect width="${inset.width}" height="${inset.height}" style="fill:${token('--water')}"/>`,
    ...inset.countries.map(
      (c) => `<path d="${c.d}" style="fill:var(--fill-${c.id},${token('--land')});stroke:${token('--border-line')};stroke-width:.5"/>`,
    ),
    '</g>',
    '</svg>',
  ].join('\n');
}
