/**
 * The markers a state asks for: a dot per place, a diamond per spot of its events (one marker
 * for spots closer than a marker's radius, named for both), each claiming its space before any
 * label is placed. Districts are names without markers.
 */
import type { Box } from '../geometry/boxes.ts';
import type { MapState } from '../state/schema.ts';
import type { EventMark, MapInput, MapPlace, PlaceMark } from './frame.ts';
import { mapName } from './names.ts';
import { EVENT_R, HIGHLIGHT_R, PLACE_R, markerBox, type Placement } from './placement.ts';

export interface Markers {
  places: PlaceMark[];
  events: EventMark[];
  /** the names each event marker stands for */
  eventNames: Map<EventMark, string[]>;
  /** several events' years on one map: each spot says when */
  dated: boolean;
  /** an event marker's label: its names, and its years where the map shows several */
  eventText: (mark: EventMark) => string;
}

export function drawMarkers(state: MapState, input: MapInput, placeById: Map<string, MapPlace>, { projection, size, taken }: Placement): Markers {
  const inFrame = (x: number, y: number) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;
  const claim = (box: Box) => taken.push(box);
  const places: PlaceMark[] = [];
  for (const id of state.places) {
    const place = placeById.get(id);
    if (!place) throw new Error(`map state names place "${id}", which is not in the map's place list`);
    const [x, y] = projection([place.lon, place.lat])!;
    if (!inFrame(x, y)) continue;
    if (!place.district) claim(markerBox(x, y, PLACE_R));
    places.push({ id, x, y, approximate: place.approximate, capital: place.capital, district: place.district, label: null });
  }
  const events: EventMark[] = [];
  const eventNames = new Map<EventMark, string[]>();
  for (const id of state.events) {
    const event = input.events.find((e) => e.id === id);
    if (!event) throw new Error(`map state names event "${id}", which is not in the map's event list`);
    const highlight = state.highlight.includes(id);
    for (const placeId of event.places) {
      const place = placeById.get(placeId);
      if (!place) continue; // unlocated places of an event are listed under the map, not drawn
      const [x, y] = projection([place.lon, place.lat])!;
      if (!inFrame(x, y)) continue;
      // one spot, or two closer than a marker's radius, which would read as one: one marker,
      // named for both ("Batken and Batken airport")
      const same = events.find((e) => Math.hypot(e.x - x, e.y - y) < EVENT_R);
      if (same) {
        if (!same.events.includes(id)) same.events.push(id);
        same.highlight ||= highlight;
        // (a place drawn at another's very position is named by that marker already)
        const names = eventNames.get(same)!;
        if (Math.hypot(same.x - x, same.y - y) >= 1 && !names.includes(mapName(place, input.fmt))) {
          names.push(mapName(place, input.fmt));
          same.approximate &&= place.approximate;
        }
        continue;
      }
      claim(markerBox(x, y, highlight ? HIGHLIGHT_R : EVENT_R));
      const mark: EventMark = { id: placeId, x, y, events: [id], approximate: place.approximate, highlight, label: null };
      events.push(mark);
      eventNames.set(mark, [mapName(place, input.fmt)]);
    }
  }
  // several events on one map: each spot says when ("Ak-Sai, 2013, 2014")
  const yearOf = (id: string) => input.events.find((e) => e.id === id)!.year;
  const dated = new Set(state.events.map(yearOf)).size > 1;
  const eventText = (mark: EventMark) => {
    const names = eventNames.get(mark)!;
    const name = input.fmt.list(names);
    if (!dated) return name;
    return input.fmt.t('map.event_years', { places: name, years: [...new Set(mark.events.map(yearOf))].sort().join(', ') });
  };
  return { places, events, eventNames, dated, eventText };
}
