/**
 * The places and events of one map as GeoJSON (RFC 7946), for the newsroom kit: a
 * FeatureCollection, in the edition of `data`, `names` and `fmt`, pretty-printed with its keys in
 * a fixed order, so the same map gives the same file. Build time only.
 *
 * Features, in this order:
 * - one "place" per place the map marks (map.places) and per place of the events it shows, once
 *   each, in that order: a Point at the place's position ([lon, lat]; an approximate place at
 *   its stand-in's, as the map draws it, with `approximate: true` and `drawn_at` naming the
 *   stand-in);
 * - one "event" per event the map shows (map.events) and place of that event, as the map puts a
 *   marker at each of an event's places: the event's id, title and dates, at that place. An event
 *   with no places at all is one feature.
 * A place the data has no position for (nor a stand-in) is kept, with `geometry: null`,
 * `located: false` and the reason in `unlocated`, and so is an event at it: the map does not draw
 * them, but the file says they are there.
 *
 * Names are the gazetteer's in the edition's language (`name` in full, `map_label` as the map
 * writes it); an event's `name` is its timeline title. Every feature has the row's `confidence`
 * and `sources` ({ outlet, title, url, date, date_inferred }; the data keeps no titles, so title
 * is null). An event the map highlights carries its death toll as the map writes it (`toll`) and
 * the figure it comes from (`deaths`). The collection carries a `name` and, as foreign members,
 * the map data's `attribution`.
 */
import type { CasualtyRow, PlaceRow, Source, TimelineRow } from '../data/schema.ts';
import type { Dataset } from '../data/tables.ts';
import type { Formats } from '../i18n/format.ts';
import type { Names } from '../i18n/names.ts';
import { mapAttribution } from '../map/attribution.ts';
import { placeCoordinates, tollPhrase } from '../map/map-data.ts';
import type { MapState } from '../state/schema.ts';
import { isoDate } from './csv.ts';

type Point = { type: 'Point'; coordinates: [number, number] };

export interface GeojsonSource {
  outlet: string;
  title: string | null;
  url: string;
  date: string;
  date_inferred: boolean;
}

interface Position {
  located: boolean;
  approximate: boolean;
  /** the place whose position an approximate place is drawn at */
  drawn_at: string | null;
  /** where the position comes from: geonames, page (printed on a cited page), line-end (an end of the line in the map data), proxy */
  position_source: string | null;
  /** the address of the page or GeoNames entry the position comes from */
  position_url: string | null;
  /** why a place has no position */
  unlocated: string | null;
}

export interface PlaceProperties extends Position {
  id: string;
  kind: 'place';
  name: string;
  map_label: string;
  place_kind: PlaceRow['kind'];
  country: string | null;
  description: string;
  confidence: string;
  sources: GeojsonSource[];
}

export interface EventProperties extends Position {
  id: string;
  kind: 'event';
  name: string;
  event_kind: TimelineRow['kind'];
  date: string;
  end: string | null;
  date_label: string | null;
  /** the place this feature puts the event at (null for an event with no places) */
  place: string | null;
  place_name: string | null;
  highlight: boolean;
  toll: string | null;
  deaths: { row_id: string; metric: string; value: number; value_max: number | null; qualifier: string; reported_by: string } | null;
  confidence: string;
  sources: GeojsonSource[];
}

export interface MapFeature<P> {
  type: 'Feature';
  id: string;
  geometry: Point | null;
  properties: P;
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  name: string;
  attribution: string;
  features: MapFeature<PlaceProperties | EventProperties>[];
}

const sourcesOf = (sources: Source[]): GeojsonSource[] =>
  sources.map((s) => ({
    outlet: s.outlet,
    title: (s as { title?: string }).title ?? null,
    url: s.url,
    date: isoDate(s.date) ?? 'undated',
    date_inferred: s.date_inferred ?? false,
  }));

function position(place: PlaceRow, all: PlaceRow[]): { geometry: Point | null; position: Position } {
  const at = placeCoordinates(place, all);
  const loc = place.location;
  const source =
    'source' in loc
      ? loc.source === 'geonames'
        ? { position_source: 'geonames', position_url: `https://www.geonames.org/${loc.geonames_id}` }
        : loc.source === 'page'
          ? { position_source: 'page', position_url: loc.url }
          : { position_source: 'line-end', position_url: null }
      : 'proxy' in loc
        ? { position_source: 'proxy', position_url: null }
        : { position_source: null, position_url: null };
  return {
    geometry: at ? { type: 'Point', coordinates: [at[0], at[1]] } : null,
    position: {
      located: at !== null,
      approximate: place.approximate,
      drawn_at: 'proxy' in loc ? loc.proxy : null,
      ...source,
      unlocated: 'unlocated' in loc ? loc.unlocated : at === null ? 'its stand-in has no position' : null,
    },
  };
}

/** The death toll figure tollPhrase writes: the final independent count, else the final official one. */
function tollRow(rows: CasualtyRow[]): CasualtyRow | undefined {
  const deaths = rows.filter((r) => (r.metric === 'killed' || r.metric === 'civilians-killed') && r.value !== null && r.final);
  return deaths.find((r) => r.account === 'independent') ?? deaths.find((r) => r.account === 'official');
}

/** The map's places and events as a GeoJSON FeatureCollection (JSON text). */
export function mapGeojson(map: MapState, data: Dataset, names: Names, fmt: Formats, options: { name?: string } = {}): string {
  const placeOf = (id: string, what: string): PlaceRow => {
    const p = data.places.find((q) => q.id === id);
    if (!p) throw new Error(`map GeoJSON: ${what} names place "${id}", which is not in the places table`);
    return p;
  };
  const events = map.events.map((id) => {
    const t = data.timeline.find((r) => r.id === id);
    if (!t) throw new Error(`map GeoJSON: the map shows event "${id}", which is not in the timeline`);
    return t;
  });

  const placeIds = [...new Set([...map.places, ...events.flatMap((e) => e.places)])];
  const features: MapFeature<PlaceProperties | EventProperties>[] = placeIds.map((id) => {
    const p = placeOf(id, 'the map');
    const { geometry, position: pos } = position(p, data.places);
    const properties: PlaceProperties = {
      id: p.id,
      kind: 'place',
      name: names.place(p.id),
      map_label: names.placeOnMap(p.id),
      place_kind: p.kind,
      country: p.country,
      ...pos,
      description: p.role,
      confidence: p.confidence,
      sources: sourcesOf(p.sources),
    };
    return { type: 'Feature', id: `place/${p.id}`, geometry, properties };
  });

  for (const e of events) {
    const highlight = map.highlight.includes(e.id);
    const casualties = data.casualties.filter((c) => c.episode === e.id);
    const toll = highlight ? (tollPhrase(casualties, fmt) ?? null) : null;
    const row = toll ? tollRow(casualties) : undefined;
    const deaths = row
      ? { row_id: `casualties/${row.id}`, metric: row.metric, value: row.value!, value_max: row.value_max ?? null, qualifier: row.qualifier, reported_by: row.reported_by }
      : null;
    const event = (placeId: string | null): MapFeature<EventProperties> => {
      const p = placeId === null ? null : placeOf(placeId, `event "${e.id}"`);
      const at = p
        ? position(p, data.places)
        : { geometry: null, position: { located: false, approximate: false, drawn_at: null, position_source: null, position_url: null, unlocated: 'the event names no place' } };
      return {
        type: 'Feature',
        id: p ? `event/${e.id}/${p.id}` : `event/${e.id}`,
        geometry: at.geometry,
        properties: {
          id: e.id,
          kind: 'event',
          name: e.title,
          event_kind: e.kind,
          date: isoDate(e.date)!,
          end: isoDate(e.end) ?? null,
          date_label: e.date_label ?? null,
          place: p ? p.id : null,
          place_name: p ? names.place(p.id) : null,
          ...at.position,
          highlight,
          toll,
          deaths,
          confidence: e.confidence,
          sources: sourcesOf(e.sources),
        },
      };
    };
    if (e.places.length === 0) features.push(event(null));
    for (const placeId of e.places) features.push(event(placeId));
  }

  const collection: MapFeatureCollection = {
    type: 'FeatureCollection',
    name: options.name ?? 'Border Lines',
    attribution: mapAttribution(fmt),
    features,
  };
  // pretty, with each point's coordinates on one line
  return `${JSON.stringify(collection, null, 2).replace(/"coordinates": \[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '"coordinates": [$1, $2]')}\n`;
}
