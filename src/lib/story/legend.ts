/**
 * The map legend: what one state's frame actually draws, in one fixed order, so a key never lists
 * what its map does not show and an entry keeps its place from step to step. Used by the static
 * figures' captions and the live graphic.
 */
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
}

const LABELS: Record<Exclude<LegendKey, 'band'>, string> = {
  kgz: 'Kyrgyzstan',
  tjk: 'Tajikistan',
  'line-drawn': 'Kyrgyz–Tajik border',
  'line-undefined': 'Border, not agreed',
  'line-agreed': 'Border, agreed (2025)',
  'line-closed': 'Border closed',
  region: 'Region',
  sector: 'Area in the text',
  enclave: 'Enclave',
  event: 'Incident',
  approximate: 'Hollow: approximate site',
};

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

/** A state's legend, from the keys its frame draws (legendKeys). */
export function legendItems(keys: LegendKey[], bandKm: number | null): LegendItem[] {
  return LEGEND_KEYS.filter((k) => keys.includes(k)).map((key) => ({
    key,
    label: key === 'band' ? `${bandKm ?? 10} km either side` : LABELS[key],
  }));
}
