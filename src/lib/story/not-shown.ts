/**
 * The note a graphic carries when its step names places the map cannot show: villages with no
 * published position, and features (a river, a mountain range) the open map data does not have.
 * It is visible on the graphic, not only in the text for screen readers.
 */
import type { PlaceRow } from '../data/schema.ts';

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
