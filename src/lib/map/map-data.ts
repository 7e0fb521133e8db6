/**
 * The slice of the data tables the maps need, resolved at build time: places at the coordinates
 * they are drawn at (a proxy's, for approximate ones) and events with their places. This is what
 * the page ships to the browser, so it stays small.
 */
import type { Dataset } from '../data/tables.ts';
import type { CasualtyRow, PlaceRow } from '../data/schema.ts';
import type { Formats } from '../i18n/format.ts';
import { needsAt, type Names } from '../i18n/names.ts';
import type { MapEvent, MapPlace } from './frame.ts';

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

export function mapPlaces(data: Pick<Dataset, 'places'>, names: Names, ids?: Iterable<string>): MapPlace[] {
  const wanted = ids ? new Set(ids) : null;
  return data.places
    .filter((p) => !wanted || wanted.has(p.id))
    .flatMap((p) => {
      const c = placeCoordinates(p, data.places);
      if (!c) return [];
      const district = p.kind === 'district';
      // a place drawn at another's position says where ("Golovnoi intake, at Kok-Tash"), unless
      // that place is in its name already, or it is a district named at its centre
      const at = needsAt(p, data.places) ? { at: names.placeAt((p.location as { proxy: string }).proxy) } : {};
      return [{ id: p.id, name: names.placeOnMap(p.id), lon: c[0], lat: c[1], approximate: p.approximate, capital: p.kind === 'capital', district, country: p.country, ...at }];
    });
}

/** An episode's death toll in a few words, for a highlighted event: the independent count where
 * there is one, else the official one ("at least 10 civilians killed (Human Rights Watch)"). */
export function tollPhrase(rows: CasualtyRow[], fmt: Formats): string | undefined {
  const deaths = rows.filter((r) => (r.metric === 'killed' || r.metric === 'civilians-killed') && r.value !== null && r.final);
  const row = deaths.find((r) => r.account === 'independent') ?? deaths.find((r) => r.account === 'official');
  if (!row) return undefined;
  const figure = fmt.figure({ value: row.value, qualifier: row.qualifier, ...(row.value_max !== undefined ? { max: row.value_max } : {}) });
  return fmt.t(row.metric === 'civilians-killed' ? 'map.toll.civilians_killed' : 'map.toll.killed', { figure, by: row.reported_by });
}

export function mapEvents(data: Pick<Dataset, 'timeline' | 'casualties'>, ids: Iterable<string>, fmt: Formats): MapEvent[] {
  const wanted = new Set(ids);
  return data.timeline
    .filter((t) => wanted.has(t.id))
    .map((t) => {
      const toll = tollPhrase(data.casualties.filter((c) => c.episode === t.id), fmt);
      return { id: t.id, places: t.places, year: Number(String(t.date).slice(0, 4)), ...(toll ? { toll } : {}) };
    });
}
