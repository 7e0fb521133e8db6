/**
 * The newsroom kit of one edition, as the build publishes it: every graphic of the registry
 * (src/lib/graphics/registry.ts) as an SVG file, a PNG, and its data (CSV for a chart, GeoJSON for
 * a map); its oEmbed record; the catalogue; the two ZIPs; the story's text for republishing.
 * Made once per edition from the story model, shared by every endpoint and page that needs it.
 */
import { zipSync, strToU8 } from 'fflate';
import { chartRefs } from '../chart/chart-data.ts';
import { readTopology } from '../data/load.ts';
import type { DataFileId } from '../geo/extents.ts';
import { decodeTopology, type GeoData } from '../map/geo-data.ts';
import { editionBase } from '../site/editions.ts';
import { BASE } from '../site/base.ts';
import { chartCsv } from '../graphics/chart-csv.ts';
import { datasetCsvFiles } from '../graphics/dataset-csv.ts';
import { drawGraphic, drawnGraphicSvg, embedGraphicSize, graphicSize, type GraphicInputs } from '../graphics/draw.ts';
import { embeddedSansFace } from '../graphics/fonts.ts';
import { mapGeojson } from '../graphics/map-geojson.ts';
import * as paths from '../graphics/paths.ts';
import { embedCode } from '../graphics/embed-code.ts';
import { renderPng } from '../graphics/png.ts';
import type { StoryGraphic } from '../graphics/registry.ts';
import { STATIC_WIDTH, staticGraphicSvg } from '../graphics/static-graphic.ts';
import { storyModel, type StoryModel } from './story-model.ts';
import { join } from 'node:path';
import { perEdition } from './per-edition.ts';

/** The width an embed page's graphic is drawn at by the build, before the browser redraws it at
 * the frame's own: a typical article column. */
export const EMBED_BUILD_WIDTH = 620;
/** The height an embed code's frame starts at, before the page reports its own. */
export const startHeight = (g: Pick<StoryGraphic, 'kind'>): number => graphicSize(g.kind, EMBED_BUILD_WIDTH).height + 190;

/** An absolute address where the site's origin is known (SITE_URL), else the path. */
export const absolute = (path: string): string => (import.meta.env.SITE ? new URL(path, import.meta.env.SITE).href : path);

export interface GraphicFiles {
  graphic: StoryGraphic;
  svg: string;
  png: Uint8Array;
  /** the PNG's size, px */
  pngSize: { width: number; height: number };
  data: { path: string; body: string; type: 'csv' | 'geojson' };
}

export interface Kit {
  model: StoryModel;
  base: string;
  inputs: GraphicInputs;
  files: GraphicFiles[];
}

const geo = new Map<DataFileId, GeoData>();
const geoFor = (file: DataFileId) => geo.get(file) ?? geo.set(file, decodeTopology(readTopology(join(process.cwd(), 'public', 'data'), file))).get(file)!;

/** the edition's newsroom kit, made once */
export const editionKit: (tag: string) => Promise<Kit> = perEdition(build);

async function build(tag: string): Promise<Kit> {
  const model = await storyModel(tag);
  const { story, fmt, locale, data, names } = model;
  const base = editionBase(locale);
  const p = story.payload;
  const inputs: GraphicInputs = { places: p.places, events: p.events, chartData: p.chartData, officialKm: p.officialKm, names: p.names, fmt, geo: geoFor };
  const storyUrl = absolute(base);
  const files = model.graphics.map((g): GraphicFiles => {
    const svgBody = staticGraphicSvg(g, inputs, { storyUrl, fontFace: embeddedSansFace(locale.fonts) });
    // the PNG is drawn from the same markup, without the embedded font (the rasteriser has it)
    const png = renderPng(staticGraphicSvg(g, inputs, { storyUrl }));
    const height = Number(/height="(\d+)"/.exec(svgBody)![1]);
    const dataFile =
      g.kind === 'chart'
        ? { path: paths.csvPath(g.id), body: chartCsv(chartRefs(p.chartData, g.state.chart!.kind), data, fmt), type: 'csv' as const }
        : { path: paths.geojsonPath(g.id), body: mapGeojson(g.state.map, data, names, fmt, { name: g.title }), type: 'geojson' as const };
    return { graphic: g, svg: svgBody, png, pngSize: { width: STATIC_WIDTH * 2, height: height * 2 }, data: dataFile };
  });
  return { model, base, inputs, files };
}

/** The graphic drawn for its embed page by the build (the browser redraws it at the frame's width). */
export function embedGraphicSvg(kit: Kit, g: StoryGraphic): string {
  const drawn = drawGraphic(g.state, kit.inputs, embedGraphicSize(g.kind, EMBED_BUILD_WIDTH));
  return drawnGraphicSvg(drawn, kit.model.fmt, { id: `embed-${g.id}`, title: g.title, description: g.description });
}

/** A kit page's embed codes (src/lib/graphics/embed-code.ts), with the site's pym.js. */
export const embedCodeFor = (src: string, title: string, height: number, width = '100%') => embedCode(src, title, height, width, absolute(`${BASE}${paths.PYM_SCRIPT}`));

/** The oEmbed record of a graphic (https://oembed.com/, type "rich"). */
export function oembedRecord(kit: Kit, f: GraphicFiles): Record<string, unknown> {
  const { t } = kit.model.fmt;
  const height = startHeight(f.graphic);
  return {
    type: 'rich',
    version: '1.0',
    title: f.graphic.title,
    provider_name: t('page.site_name'),
    provider_url: absolute(kit.base),
    author_name: t('page.site_name'),
    html: embedCodeFor(absolute(`${kit.base}${paths.embedPath(f.graphic.id)}`), f.graphic.title, height).plain,
    width: EMBED_BUILD_WIDTH,
    height,
    thumbnail_url: absolute(`${kit.base}${paths.pngPath(f.graphic.id)}`),
    thumbnail_width: f.pngSize.width,
    thumbnail_height: f.pngSize.height,
    license: 'CC BY 4.0',
    license_url: 'https://creativecommons.org/licenses/by/4.0/',
  };
}

/** The catalogue: every graphic with the addresses of its forms, under the site's base. */
export function catalogue(kit: Kit): Record<string, string>[] {
  return kit.files.map((f) => ({
    id: f.graphic.id,
    kind: f.graphic.kind,
    title: f.graphic.title,
    embed: `${kit.base}${paths.embedPath(f.graphic.id)}`,
    png: `${kit.base}${paths.pngPath(f.graphic.id)}`,
    svg: `${kit.base}${paths.svgPath(f.graphic.id)}`,
    [f.data.type]: `${kit.base}${f.data.path}`,
    oembed: `${kit.base}${paths.oembedPath(f.graphic.id)}`,
    story: `${kit.base}${f.graphic.steps[0] ? `#${f.graphic.steps[0]}` : ''}`,
  }));
}

/** The credits and licence, as plain text for the ZIPs. */
function readme(kit: Kit, what: string): string {
  const { t } = kit.model.fmt;
  const strip = (html: string) => html.replace(/<[^>]+>/g, '');
  const { edition } = kit.model;
  return [
    `${edition.title}: ${edition.headline}`,
    absolute(kit.base),
    '',
    what,
    '',
    `${t('republish.credit_heading')}: ${t('republish.credit_line', { headline: edition.headline, site: t('page.site_name'), url: absolute(kit.base) })}`,
    '',
    strip(t('republish.licence_text')),
    strip(t('republish.licence_map')),
    strip(t('republish.licence_geonames')),
    'https://creativecommons.org/licenses/by/4.0/',
    '',
    ...edition.credits.map((c) => `${c.role}: ${c.by}`),
    '',
  ].join('\r\n');
}

// fixed times, so the same content always makes the same bytes
const zipTime = (kit: Kit) => new Date(`${kit.model.edition.updated}T00:00:00Z`);

export function kitZip(kit: Kit): Uint8Array {
  const mtime = zipTime(kit);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    'README.txt': [strToU8(readme(kit, kit.model.fmt.t('republish.kit_zip'))), { mtime }],
    'graphics.json': [strToU8(JSON.stringify(catalogue(kit), null, 2)), { mtime }],
  };
  for (const f of kit.files) {
    entries[`${f.graphic.id}.png`] = [f.png, { mtime }];
    entries[`${f.graphic.id}.svg`] = [strToU8(f.svg), { mtime }];
    entries[f.data.path.replace(/^graphics\//, '')] = [strToU8(f.data.body), { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

export function dataZip(kit: Kit): Uint8Array {
  const mtime = zipTime(kit);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    'README.txt': [strToU8(readme(kit, kit.model.fmt.t('republish.data_zip'))), { mtime }],
  };
  for (const file of datasetCsvFiles(kit.model.data)) entries[file.name] = [strToU8(file.csv), { mtime }];
  return zipSync(entries, { level: 9 });
}
