/**
 * The map legend. What one state's frame draws is worked out from the frame; the key the reader
 * is shown in the live graphic is the chapter's (every entry any of its map steps draws, in one
 * fixed order), so it stays put while the chapter is read and is learnt once. An entry the current
 * map does not draw is marked as such (shown faded, and left out of a still figure's caption).
 */
import type { Formats } from '../i18n/format.ts';
import type { GraphicState } from '../state/schema.ts';
import type { MapFrame } from '../map/compute-map.ts';

export const LEGEND_KEYS = [
  'kgz',
  'tjk',
  'line-drawn',
  'line-undefined',
  'line-agreed',
  'line-closed',
  'band',
  'region',
  'sector',
  'enclave',
  'event',
  'approximate',
] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

export interface LegendItem {
  key: LegendKey;
  label: string;
  /** Whether this step's map draws it (false: an entry of the chapter's key this map lacks). */
  drawn: boolean;
}

/** The keys a state's frame actually draws (a region the view's data lacks is not drawn). */
export function legendKeys(state: GraphicState, frame: MapFrame): LegendKey[] {
  if (state.chart) return [];
  const o = frame.overlay;
  const keys: LegendKey[] = [];
  // the two countries are named on every map, in their own colours: a swatch is needed only where
  // a map shows one of them without its name
  const named = (id: string) => o.countryLabels.some((l) => l.id === id);
  if (o.focus.includes('KGZ') && !named('KGZ')) keys.push('kgz');
  if (o.focus.includes('TJK') && !named('TJK')) keys.push('tjk');
  if (o.line.progress > 0) keys.push(`line-${o.line.status}`);
  if (o.line.closed) keys.push('line-closed');
  if (o.band) keys.push('band');
  if (frame.regions.some((r) => o.regions.includes(r.id))) keys.push('region');
  if (o.sectors.length > 0) keys.push('sector');
  // a Kyrgyz or Tajik enclave inside the other country is outlined by the KG–TJ line once drawn
  const byLine = (e: MapFrame['enclaves'][number]) => o.line.progress > 0 && (e.owner === 'KGZ' || e.owner === 'TJK');
  if (frame.enclaves.some((e) => o.enclaves.includes(e.id) && !byLine(e))) keys.push('enclave');
  if (o.events.length > 0) keys.push('event');
  if (o.places.some((p) => p.approximate && !p.district) || o.events.some((e) => e.approximate)) keys.push('approximate');
  return keys;
}

/**
 * A step's key: the entries of its chapter's key (chapterKeys, the union of what the chapter's map
 * steps draw), each marked with whether this step's map draws it (stepKeys).
 */
export function legendItems(chapterKeys: LegendKey[], stepKeys: LegendKey[], bandKm: number | null, fmt: Formats): LegendItem[] {
  return LEGEND_KEYS.filter((k) => chapterKeys.includes(k) || stepKeys.includes(k)).map((key) => ({
    key,
    label: key === 'band' ? fmt.t('legend.band', { km: bandKm ?? 10 }) : fmt.t(`legend.${key}`),
    drawn: stepKeys.includes(key),
  }));
}
