/**
 * The note a graphic carries when its step names places the map cannot show: villages with no
 * published position, and features (a river, a mountain range) the open map data does not have.
 * It is visible on the graphic, not only in the text for screen readers.
 */
import type { PlaceRow } from '../data/schema.ts';
import type { Dataset } from '../data/tables.ts';
import type { GraphicState } from '../state/schema.ts';

const NO_MAP_DATA: PlaceRow['kind'][] = ['river', 'range', 'road'];

const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const displayName = (p: PlaceRow) => p.name.replace(/\s*\([^)]*\)$/, '');

export function notShownNote(places: PlaceRow[]): string | null {
  if (places.length === 0) return null;
  const unpublished = places.filter((p) => !NO_MAP_DATA.includes(p.kind)).map(displayName);
  const noData = places.filter((p) => NO_MAP_DATA.includes(p.kind)).map(displayName);
  const parts = [
    unpublished.length > 0 ? `${list(unpublished)} (no published position)` : '',
    noData.length > 0 ? `${list(noData)} (not in the open map data)` : '',
  ].filter(Boolean);
  return `Not on the map: ${parts.join('; ')}.`;
}

/** A map step's note: the places it names (its own, and its events') that have no position. */
export function stepNote(state: GraphicState, dataset: Pick<Dataset, 'places' | 'timeline'>): string | null {
  if (state.chart) return null;
  const ids = [...state.map.unmapped, ...state.map.events.flatMap((e) => dataset.timeline.find((t) => t.id === e)!.places)];
  const unlocated = [...new Set(ids)].flatMap((id) => {
    const p = dataset.places.find((q) => q.id === id);
    return p && 'unlocated' in p.location ? [p] : [];
  });
  return notShownNote(unlocated);
}
