/**
 * A step's still figure as a self-contained SVG file: its map or chart, drawn by the one
 * serialiser, with the styles, title, description and (for a map) the date stamp, the running km
 * figure and the credit drawn in. The article view, print and readers without JavaScript show
 * these files; so can anything that takes a graphic off the page.
 */
import type { ChartFrame } from '../chart/marks.ts';
import type { Formats } from '../i18n/format.ts';
import { mapAttribution } from '../map/attribution.ts';
import type { MapFrame } from '../map/frame.ts';
import { chartSvg } from './chart-svg.ts';
import { counterText } from './map-markup.ts';
import { mapSvg } from './map-svg.ts';
import { standaloneStyle } from './standalone-style.ts';

export interface StillGraphic {
  id: string;
  title: string;
  description: string;
  stamp: string | null;
  map: MapFrame;
  chart: ChartFrame | null;
}

export function stillFigureSvg(g: StillGraphic, fmt: Formats): string {
  // ids unique on a page that shows many figures inline (figures.ts)
  const common = { id: `figure-${g.id}`, title: g.title, description: g.description, sized: true };
  if (g.chart) return chartSvg(g.chart, { ...common, standalone: { style: standaloneStyle('chart') } });
  const km = g.map.overlay.line.counterKm;
  return mapSvg(g.map, {
    ...common,
    standalone: { style: standaloneStyle('map') },
    furniture: { stamp: g.stamp, counter: km === null ? null : counterText(km, fmt), credit: mapAttribution(fmt) },
  });
}

/** Where a graphic's still figure is published, under the site's base path. */
export const stillFigurePath = (id: string): string => `figures/${id}.svg`;
