/**
 * One graphic of the kit drawn at a given width: the same computeMap/computeChart and the same
 * serialisers as the story, so an embed (drawn by the browser at its frame's width), a PNG and an
 * SVG (drawn by the build) show the state the story shows, laid out for their own size rather
 * than scaled. Browser-safe: the embed page's script and the build both call it.
 */
import type { ChartData } from '../chart/chart-data.ts';
import { computeChart } from '../chart/compute-chart.ts';
import type { ChartFrame } from '../chart/marks.ts';
import type { DataFileId } from '../geo/extents.ts';
import type { Formats } from '../i18n/format.ts';
import type { MapNames } from '../i18n/names.ts';
import { mapAttribution } from '../map/attribution.ts';
import { computeMap, type MapEvent, type MapFrame, type MapPlace } from '../map/compute-map.ts';
import type { GeoData } from '../map/geo-data.ts';
import { VIEWS } from '../map/views.ts';
import { chartSvg } from '../render/chart-svg.ts';
import { counterText } from '../render/map-markup.ts';
import { mapSvg } from '../render/map-svg.ts';
import type { GraphicState } from '../state/schema.ts';
import type { Size } from '../geometry/size.ts';

export interface GraphicInputs {
  places: MapPlace[];
  events: MapEvent[];
  chartData: ChartData;
  officialKm: number;
  names: MapNames;
  fmt: Formats;
  /** the decoded map file of a view (the build reads it; the browser has fetched it) */
  geo: (file: DataFileId) => GeoData;
}

export type DrawnGraphic = { kind: 'map'; frame: MapFrame; stamp: string | null } | { kind: 'chart'; frame: ChartFrame };

/** The map files a state's map needs: its view's, and the overview for the locator inset. */
export const mapFilesOf = (state: GraphicState): DataFileId[] => (state.chart ? [] : [...new Set<DataFileId>([VIEWS[state.map.view].file, ...(state.map.inset ? (['overview'] as const) : [])])]);

/**
 * How tall a graphic is at a width: a map a little less tall than wide (taller, relatively, on a
 * phone, so its labels have room); a chart as its rows need, within bounds.
 */
export function graphicSize(kind: 'map' | 'chart', width: number): Size {
  const w = Math.round(Math.max(280, width));
  if (kind === 'map') return { width: w, height: Math.round(Math.min(620, Math.max(300, w * (w < 500 ? 0.92 : 0.8)))) };
  return { width: w, height: Math.round(Math.min(480, Math.max(340, w * 0.7))) };
}

/**
 * The size an embed draws a graphic at, in a frame this wide: a map fills it; a chart leaves
 * 12 px either side, as in the story's graphic, for the ends of its labels (embed.css).
 */
export const embedGraphicSize = (kind: 'map' | 'chart', width: number): Size => graphicSize(kind, kind === 'chart' ? width - 24 : width);

export function drawGraphic(state: GraphicState, inputs: GraphicInputs, size: Size): DrawnGraphic {
  const { fmt } = inputs;
  const stamp = state.stamp ? fmt.stamp(state.stamp) : null;
  if (state.chart) return { kind: 'chart', frame: computeChart(state.chart, inputs.chartData, size, fmt) };
  const view = VIEWS[state.map.view];
  const input = { geo: inputs.geo(view.file), overview: state.map.inset ? inputs.geo('overview') : undefined, places: inputs.places, events: inputs.events, officialKm: inputs.officialKm, names: inputs.names, fmt };
  return { kind: 'map', frame: computeMap(state.map, input, size, { stamp }), stamp };
}

/** The drawn graphic as SVG markup, with its title and description, its date and credit drawn in. */
export function drawnGraphicSvg(
  drawn: DrawnGraphic,
  fmt: Formats,
  options: { id: string; title: string; description: string; standalone?: { style: string }; className?: string },
): string {
  const common = { id: options.id, title: options.title, description: options.description, sized: true, standalone: options.standalone, className: options.className };
  if (drawn.kind === 'chart') return chartSvg(drawn.frame, { ...common, className: options.className ?? 'chart' });
  const km = drawn.frame.overlay.line.counterKm;
  return mapSvg(drawn.frame, {
    ...common,
    className: options.className ?? 'map',
    furniture: { stamp: drawn.stamp, counter: km === null ? null : counterText(km, fmt), credit: mapAttribution(fmt) },
  });
}
