/**
 * Blank outline maps for the classroom, for students to annotate: the Kyrgyzstan–Tajikistan
 * border region (the story's `border` view, the whole line end to end) and the Isfara valley (the
 * `isfara` view), each as one self-contained SVG file sized for an A4 portrait page, 180 mm wide.
 * Build time only (it reads the map data from public/data/).
 *
 * Drawn from the story's own geometry by the story's own code: `computeBase` projects the view's
 * data file at the frame's size (the same countries, enclaves, regions, lakes, borders and line as
 * every map of the story), and the one serialiser (`mapSvg`) writes the frame, with an overlay
 * that shows nothing on it: no tint, no marker, no name. Only the stylesheet is this file's own: a
 * greyscale one for paper (no hue, so it prints and photocopies the same in black and white):
 * - every country white or a very light grey (Kyrgyzstan and Tajikistan white, their neighbours
 *   grey, so the two stand out and Uzbekistan's enclaves in Kyrgyzstan show), lakes a light grey;
 * - lines by weight, all dark: the Kyrgyzstan–Tajikistan line heaviest (0.7 mm, black), the other
 *   international borders 0.3 mm dark grey, the enclaves outlined 0.3 mm black. No regions: the
 *   data has only three (Natural Earth's, which do not follow the OpenStreetMap borders, so their
 *   edges would run as ghost lines beside the borders), and no rivers or graticule;
 * - a frame line round the map, and under it, off the map so they never cover the land a student
 *   writes on, a scale bar (measured at the map's centre) and a north arrow (north is up at the
 *   view's centre in both projections; the arrow is turned to true north at the map's centre);
 * - a title line and the credit, in the edition's language, set in the site's sans by name with a
 *   generic fallback, as text. Nothing else is written on the map.
 *
 * The same bytes every build: nothing in it depends on the date, the clock or the machine.
 */
import { join } from 'node:path';
import type { GeoProjection } from 'd3-geo';
import { readTopology } from '../data/load.ts';
import type { DataFileId } from '../geo/extents.ts';
import type { Size } from '../geometry/size.ts';
import { kitCredit } from '../graphics/source-line.ts';
import { formats, type Formats } from '../i18n/format.ts';
import { GLYPH_WIDTHS } from '../i18n/glyph-widths.ts';
import { translatorFor } from '../i18n/load-messages.ts';
import { textWidth, useGlyphWidths } from '../i18n/measure.ts';
import { computeBase } from '../map/base.ts';
import { kmPerPx } from '../map/furniture.ts';
import type { MapBase, MapFrame, MapOverlay } from '../map/frame.ts';
import { decodeTopology, type GeoData } from '../map/geo-data.ts';
import { VIEWS, type View } from '../map/views.ts';
import { scaleBarPath } from '../render/map-markup.ts';
import { mapSvg } from '../render/map-svg.ts';
import { designTokens } from '../render/standalone-style.ts';
import { el, round1 as r } from '../render/xml.ts';

export type OutlineKind = 'region' | 'isfara';
export const OUTLINE_KINDS: readonly OutlineKind[] = ['region', 'isfara'];

/** The file's width in CSS px (1/96 in), and in millimetres on paper. */
export const OUTLINE_WIDTH_PX = 680;
export const OUTLINE_WIDTH_MM = 180;
const MM = OUTLINE_WIDTH_MM / OUTLINE_WIDTH_PX;

/** The view each map draws, and the map's height, px: the view's focus fits the width, and the
 * portrait page leaves room for more of the land north and south of it. */
const MAPS: Record<OutlineKind, { view: View; height: number }> = {
  region: { view: VIEWS.border, height: 500 },
  isfara: { view: VIEWS.isfara, height: 470 },
};

export interface OutlineOptions {
  /** the title line, in the edition's language (classroom.map_* in ui.yaml) */
  title: string;
}

const PAD = 0;
const TITLE_H = 34;
/** under the map: the scale bar's row, then the credit's */
const FOOT_H = 58;
const TITLE_SIZE = 16;
const CREDIT_SIZE = 9.5;

/** The greys: no colour on these maps has any hue. */
const GREY = {
  paper: '#ffffff',
  neighbour: '#ebebeb',
  lake: '#d2d2d2',
  lakeEdge: '#6e6e6e',
  border: '#3a3a3a',
  line: '#000000',
  ink: '#000000',
  credit: '#404040',
} as const;

const geoCache = new Map<DataFileId, GeoData>();
const geoFor = (file: DataFileId): GeoData => {
  let geo = geoCache.get(file);
  if (!geo) {
    geo = decodeTopology(readTopology(join(process.cwd(), 'public', 'data'), file));
    geoCache.set(file, geo);
  }
  return geo;
};

/** A blank outline map as a self-contained SVG file (see the top of this file). */
export async function outlineMapSvg(kind: OutlineKind, tag: string, options: OutlineOptions): Promise<string> {
  const spec = MAPS[kind];
  if (!spec) throw new Error(`outlineMapSvg: no outline map "${kind}" (there are ${OUTLINE_KINDS.join(', ')})`);
  const { title } = options;
  useGlyphWidths(GLYPH_WIDTHS);
  const fmt = formats(translatorFor(tag));
  const credit = `${kitCredit(fmt)} · ${fmt.t('kit.map_data')}`;

  const size = { width: OUTLINE_WIDTH_PX - 2 * PAD, height: spec.height };
  const { base, projection } = computeBase(spec.view, geoFor(spec.view.file), size);
  const frame: MapFrame = { ...base, overlay: blankOverlay(base) };

  const map = mapSvg(frame, { className: 'outline', sized: true });
  const y0 = TITLE_H;
  const foot = y0 + size.height;
  const height = foot + FOOT_H;

  // the lines must fit the width: measured in the nearest measured styles, scaled to their size
  const fits = (text: string, style: 'stamp' | 'credit', styleSize: number, px: number) => (textWidth(text, style) * px) / styleSize <= size.width - 8;
  if (!fits(title, 'stamp', 15, TITLE_SIZE)) throw new Error(`outlineMapSvg: the title is too long for the map's width: "${title}"`);
  if (!fits(credit, 'credit', 11.5, CREDIT_SIZE)) throw new Error(`outlineMapSvg: the credit is too long for the map's width: "${credit}"`);

  const heightMm = Math.round(height * MM * 10) / 10;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: `${OUTLINE_WIDTH_MM}mm`,
      height: `${heightMm}mm`,
      viewBox: `0 0 ${OUTLINE_WIDTH_PX} ${height}`,
      role: 'img',
      'aria-labelledby': `outline-${kind}-title`,
      lang: tag,
      'data-outline': kind,
    },
    [
      el('title', { id: `outline-${kind}-title` }, title),
      `<style>${outlineStyle()}</style>`,
      el('rect', { class: 'outline__paper', width: OUTLINE_WIDTH_PX, height }),
      el('text', { class: 'outline__title', x: PAD + 2, y: 22 }, title),
      map.replace(/^<svg /, `<svg x="${PAD}" y="${y0}" `),
      el('rect', { class: 'outline__neatline', x: PAD, y: y0, width: size.width, height: size.height }),
      scaleBar(projection, size, fmt, { x: PAD + 2, y: foot + 26 }),
      northArrow(projection, size, { x: PAD + size.width - 14, y: foot + 44 }),
      el('text', { class: 'outline__credit', x: PAD + 2, y: foot + 49 }, credit),
    ],
  );
}

/** An overlay with nothing on it but every enclave's outline and the whole line. */
function blankOverlay(base: MapBase): MapOverlay {
  return {
    focus: [],
    regions: [],
    enclaves: base.enclaves.map((g) => g.id),
    line: { status: 'drawn', progress: 1, closed: false, ticks: '', dashes: {}, counterKm: null },
    places: [],
    events: [],
    countryLabels: [],
    regionLabels: [],
    enclaveLabels: [],
    scaleBar: null,
    inset: null,
    sectors: [],
    band: null,
  };
}

/**
 * A scale bar: a round number of km at least 110 px long at the map's centre, its label above it,
 * drawn as the story's maps draw theirs (the same path).
 */
function scaleBar(projection: GeoProjection, size: Size, fmt: Formats, at: { x: number; y: number }): string {
  const perPx = kmPerPx(projection, size);
  if (!perPx) return '';
  const km = [5, 10, 20, 25, 50, 100, 200].find((k) => k / perPx >= 110) ?? 200;
  const width = r(km / perPx);
  return el('g', { class: 'outline__scale', transform: `translate(${at.x},${at.y})` }, [
    el('path', { d: scaleBarPath(width) }),
    el('text', { x: 0, y: -8 }, fmt.t('map.km', { n: fmt.number(km) })),
  ]);
}

/**
 * A north arrow, no letters: a needle, its west half filled, turned to true north at the map's
 * centre (the meridian through it, projected), and an N drawn as lines, not text.
 */
function northArrow(projection: GeoProjection, size: Size, at: { x: number; y: number }): string {
  const [cx, cy] = [size.width / 2, size.height / 2];
  const here = projection.invert?.([cx, cy]);
  const north = here ? projection([here[0], here[1] + 0.05]) : null;
  const angle = north ? r((Math.atan2(north[0] - cx, cy - north[1]) * 180) / Math.PI) : 0;
  // the N stays upright above the needle
  return el('g', { class: 'outline__north' }, [
    el('g', { transform: `translate(${at.x},${at.y}) rotate(${angle})` }, [
      el('path', { class: 'outline__needle', d: 'M0,-22L6,8L0,3L-6,8Z' }),
      el('path', { class: 'outline__needle-half', d: 'M0,-22L-6,8L0,3Z' }),
    ]),
    el('path', { class: 'outline__n', d: `M${at.x - 3.5},${at.y - 27}V${at.y - 36}L${at.x + 3.5},${at.y - 27}V${at.y - 36}` }),
  ]);
}

let style: string | undefined;

/** The greyscale stylesheet: the map's classes (map-svg.ts) and the file's own, in greys only. */
function outlineStyle(): string {
  if (style) return style;
  const sans = designTokens().get('--font-sans')!;
  const rules: Record<string, Record<string, string | number>> = {
    '.outline__paper,.map__water': { fill: GREY.paper },
    '.map__country': { fill: GREY.neighbour, stroke: 'none' },
    '.map__country--KGZ,.map__country--TJK': { fill: GREY.paper },
    '.map__lakes': { fill: GREY.lake, stroke: GREY.lakeEdge, 'stroke-width': 0.5 },
    '.map__borders': { fill: 'none', stroke: GREY.border, 'stroke-width': 1.2, 'stroke-linejoin': 'round' },
    '.map__enclave': { fill: 'none', stroke: GREY.line, 'stroke-width': 1.1, 'stroke-linejoin': 'round' },
    '.map__line': { fill: 'none', stroke: GREY.line, 'stroke-width': 2.6, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
    '.outline__scale path': { fill: 'none', stroke: GREY.ink, 'stroke-width': 1.4 },
    '.outline__scale text': { 'font-family': sans, 'font-size': '11px', 'font-weight': 600, fill: GREY.ink },
    '.outline__needle': { fill: GREY.paper, stroke: GREY.ink, 'stroke-width': 1.2, 'stroke-linejoin': 'round' },
    '.outline__needle-half': { fill: GREY.ink, stroke: 'none' },
    '.outline__n': { fill: 'none', stroke: GREY.ink, 'stroke-width': 1.6, 'stroke-linejoin': 'miter', 'stroke-linecap': 'square' },
    '.outline__neatline': { fill: 'none', stroke: GREY.ink, 'stroke-width': 1 },
    '.outline__title': { 'font-family': sans, 'font-size': `${TITLE_SIZE}px`, 'font-weight': 700, fill: GREY.ink },
    '.outline__credit': { 'font-family': sans, 'font-size': `${CREDIT_SIZE}px`, 'font-weight': 400, fill: GREY.credit },
  };
  style = Object.entries(rules)
    .map(([selector, props]) => `${selector}{${Object.entries(props).map(([k, v]) => `${k}:${v}`).join(';')}}`)
    .join('');
  return style;
}
