/**
 * The legend of a map state: only what the state actually shows. Used by the static figures'
 * captions and by the live graphic, so both say the same thing.
 */
import type { GraphicState } from '../state/schema.ts';
import type { MapFrame } from '../map/compute-map.ts';

export type LegendKey = 'kgz' | 'tjk' | 'line-drawn' | 'line-undefined' | 'line-agreed' | 'region' | 'enclave' | 'event' | 'approximate' | 'approximate-event';

export interface LegendItem {
  key: LegendKey;
  label: string;
}

const LABELS: Record<LegendKey, string> = {
  kgz: 'Kyrgyzstan',
  tjk: 'Tajikistan',
  'line-drawn': 'Kyrgyzstan–Tajikistan border',
  'line-undefined': 'Border not yet agreed in full',
  'line-agreed': 'Border agreed in full (2025)',
  region: 'Region (oblast)',
  enclave: 'Enclave',
  event: 'Clash or incident',
  approximate: 'Place, approximate position',
  'approximate-event': 'Clash or incident, approximate position',
};

/** What the frame of a state actually draws (a region the view's data lacks is not drawn). */
export function legendItems(state: GraphicState, frame: MapFrame): LegendItem[] {
  if (state.chart) return [];
  const o = frame.overlay;
  const keys: LegendKey[] = [];
  if (o.focus.includes('KGZ')) keys.push('kgz');
  if (o.focus.includes('TJK')) keys.push('tjk');
  if (o.line.progress > 0) keys.push(`line-${o.line.status}`);
  if (frame.regions.some((r) => o.regions.includes(r.id))) keys.push('region');
  // a Kyrgyz or Tajik enclave inside the other country is outlined by the KG–TJ line once drawn
  const byLine = (e: MapFrame['enclaves'][number]) => o.line.progress > 0 && (e.owner === 'KGZ' || e.owner === 'TJK');
  if (frame.enclaves.some((e) => o.enclaves.includes(e.id) && !byLine(e))) keys.push('enclave');
  if (o.events.length > 0) keys.push('event');
  if (o.places.some((p) => p.approximate)) keys.push('approximate');
  if (o.events.some((e) => e.approximate)) keys.push('approximate-event');
  return keys.map((key) => ({ key, label: LABELS[key] }));
}
