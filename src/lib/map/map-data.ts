/**
 * The slice of the data tables the maps need, resolved at build time: places at the coordinates
 * they are drawn at (a proxy's, for approximate ones) and events with their places. This is what
 * the page ships to the browser, so it stays small.
 */
import type { Dataset } from '../data/tables.ts';
import type { PlaceRow } from '../data/schema.ts';
import type { MapEvent, MapPlace } from './compute-map.ts';

/** Resolves a place to the coordinates it is drawn at (its own, or its proxy's); null if unlocated. */
export function placeCoordinates(place: PlaceRow, all: PlaceRow[]): [number, number] | null {
  const loc = place.location;
  if ('lon' in loc) return [loc.lon, loc.lat];
  if ('proxy' in loc) {
    const proxy = all.find((p) => p.id === loc.proxy);
    return proxy && 'lon' in proxy.location ? [proxy.location.lon, proxy.location.lat] : null;
  }
  return null;
}

export function mapPlaces(data: Pick<Dataset, 'places'>, ids?: Iterable<string>): MapPlace[] {
  const wanted = ids ? new Set(ids) : null;
  return data.places
    .filter((p) => !wanted || wanted.has(p.id))
    .flatMap((p) => {
      const c = placeCoordinates(p, data.places);
      return c ? [{ id: p.id, name: p.name, lon: c[0], lat: c[1], approximate: p.approximate, capital: p.kind === 'capital', country: p.country }] : [];
    });
}

export function mapEvents(data: Pick<Dataset, 'timeline'>, ids: Iterable<string>): MapEvent[] {
  const wanted = new Set(ids);
  return data.timeline.filter((t) => wanted.has(t.id)).map((t) => ({ id: t.id, places: t.places, year: Number(String(t.date).slice(0, 4)) }));
}
