/**
 * The note a graphic carries when its step names places the map cannot show: villages with no
 * published position, and features (a river, a mountain range) the open map data does not have.
 * It is visible on the graphic, not only in the text for screen readers.
 */
import type { PlaceRow } from '../data/schema.ts';
import type { Dataset } from '../data/tables.ts';
import type { Formats } from '../i18n/format.ts';
import type { Names } from '../i18n/names.ts';
import type { GraphicState } from '../state/schema.ts';
import { bareName as bare } from '../map/names.ts';

const NO_MAP_DATA: PlaceRow['kind'][] = ['river', 'range', 'road'];


export function notShownNote(places: PlaceRow[], fmt: Formats, names: Names): string | null {
  if (places.length === 0) return null;
  const name = (p: PlaceRow) => bare(names.place(p.id));
  const unpublished = places.filter((p) => !NO_MAP_DATA.includes(p.kind)).map(name);
  const noData = places.filter((p) => NO_MAP_DATA.includes(p.kind)).map(name);
  const parts = [
    unpublished.length > 0 ? fmt.t('map.not_shown.unpublished', { places: fmt.list(unpublished) }) : '',
    noData.length > 0 ? fmt.t('map.not_shown.no_data', { places: fmt.list(noData) }) : '',
  ].filter(Boolean);
  return fmt.t('map.not_shown.note', { parts: parts.join('; ') });
}

/** A map step's note: the places it names (its own, and its events') that have no position. */
export function stepNote(state: GraphicState, dataset: Pick<Dataset, 'places' | 'timeline'>, fmt: Formats, names: Names): string | null {
  if (state.chart) return null;
  const ids = [...state.map.unmapped, ...state.map.events.flatMap((e) => dataset.timeline.find((t) => t.id === e)!.places)];
  const unlocated = [...new Set(ids)].flatMap((id) => {
    const p = dataset.places.find((q) => q.id === id);
    return p && 'unlocated' in p.location ? [p] : [];
  });
  return notShownNote(unlocated, fmt, names);
}
