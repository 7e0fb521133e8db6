/**
 * The legend of a map state: only what the state actually shows. Used by the static figures'
 * captions and by the live graphic, so both say the same thing.
 */
import type { GraphicState } from '../state/schema.ts';
import type { MapPlace } from '../map/compute-map.ts';

export type LegendKey = 'kgz' | 'tjk' | 'line-drawn' | 'line-undefined' | 'line-agreed' | 'region' | 'enclave' | 'event' | 'approximate';

export interface LegendItem {
  key: LegendKey;
  label: string;
}

const LABELS: Record<LegendKey, string> = {
  kgz: 'Kyrgyzstan',
  tjk: 'Tajikistan',
  'line-drawn': 'Kyrgyzstan–Tajikistan border',
  'line-undefined': 'Border not yet agreed in full (sources do not map which sections)',
  'line-agreed': 'Border agreed in full (2025)',
  region: 'Region (oblast) outline',
  enclave: 'Enclave',
  event: 'Clash or incident',
  approximate: 'Approximate position (hollow marker)',
};

export function legendItems(state: GraphicState, places: MapPlace[]): LegendItem[] {
  if (state.chart) return [];
  const m = state.map;
  const keys: LegendKey[] = [];
  if (m.focus.includes('KGZ')) keys.push('kgz');
  if (m.focus.includes('TJK')) keys.push('tjk');
  if (m.line.progress > 0) keys.push(`line-${m.line.status}`);
  if (m.regions.length > 0) keys.push('region');
  if (m.enclaves.length > 0) keys.push('enclave');
  if (m.events.length > 0) keys.push('event');
  const ids = new Set(m.places);
  if (places.some((p) => ids.has(p.id) && p.approximate)) keys.push('approximate');
  return keys.map((key) => ({ key, label: LABELS[key] }));
}
