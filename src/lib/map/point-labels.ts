/**
 * Point labels: every marker the story refers to is named. Events first, then places not already
 * named by an event at the same spot; districts are named at their centre, inside their area.
 */
import { pointBox } from '../geometry/boxes.ts';
import type { EventMark, MapInput, MapPlace, Mark, PlaceMark } from './frame.ts';
import { placeLabel, placeStyle, type Label } from './labels.ts';
import type { Markers } from './markers.ts';
import { mapLabelLines } from './names.ts';
import { sameSide } from './own-side.ts';
import { EVENT_R, HIGHLIGHT_R, PLACE_R, markerBox, type Placement } from './placement.ts';

type Job = { mark: EventMark | PlaceMark; run: () => Label | null };

/** Sets `label` on every marker that gets one. */
export function labelMarkers(markers: Markers, input: MapInput, placeById: Map<string, MapPlace>, ctx: Placement): void {
  const { events, places, eventNames, dated, eventText } = markers;
  const { size, taken, onLine, geo, projection } = ctx;
  const all = [...events, ...places.filter((p) => !p.district)];
  const othersThan = (m: Mark) => all.filter((o) => o !== m && Math.hypot(o.x - m.x, o.y - m.y) >= 1);
  const jobs: Job[] = [];
  for (const e of events) {
    const place = placeById.get(e.id)!;
    const toll = e.highlight ? e.events.map((id) => input.events.find((ev) => ev.id === id)!.toll).find((t) => !!t) : undefined;
    // one place drawn at another's position: its name, and under it where it is drawn
    const lines = eventNames.get(e)!.length === 1 && !toll && !dated ? mapLabelLines(place, input.fmt) : null;
    const sub = toll ?? lines?.sub;
    const options = {
      id: e.id,
      text: lines?.sub ? lines.text : eventText(e),
      ...(sub ? { sub } : {}),
      target: markerBox(e.x, e.y, e.highlight ? HIGHLIGHT_R : EVENT_R),
      size,
      taken,
      gap: 3,
      onSide: sameSide(place, e.x, e.y, geo, projection),
      onLine,
      others: othersThan(e),
    };
    jobs.push({ mark: e, run: () => placeLabel(options) });
  }
  for (const p of places) {
    const place = placeById.get(p.id)!;
    if (events.some((e) => Math.hypot(p.x - e.x, p.y - e.y) < 1)) continue; // the event's label names it
    const lines = p.district ? { text: place.name.toLocaleUpperCase(input.fmt.locale) } : mapLabelLines(place, input.fmt);
    const options = {
      id: p.id,
      text: lines.text,
      ...(lines.sub ? { sub: lines.sub } : {}),
      target: p.district ? pointBox(p.x, p.y) : markerBox(p.x, p.y, PLACE_R),
      size,
      taken,
      gap: 3,
      onSide: sameSide(place, p.x, p.y, geo, projection),
      onLine,
      others: othersThan(p),
      area: p.district,
      style: placeStyle(p),
    };
    jobs.push({ mark: p, run: () => placeLabel(options) });
  }
  // Placed one by one, a label can take the only spot a later one had. If any is left without,
  // those go first in a second pass; whichever pass names more markers stands.
  const claimed = taken.length;
  const pass = (order: Job[]) => {
    taken.length = claimed;
    for (const j of order) j.mark.label = j.run();
    return order.filter((j) => !j.mark.label);
  };
  // a district's name has only a few spots, inside its area; a marker's has rings and leaders:
  // districts go first
  const districtFirst = (j: Job) => ('district' in j.mark && j.mark.district ? 0 : 1);
  jobs.sort((a, b) => districtFirst(a) - districtFirst(b));
  const missed = pass(jobs);
  if (missed.length > 0) {
    const again = pass([...missed, ...jobs.filter((j) => !missed.includes(j))]);
    if (again.length > missed.length) pass(jobs);
  }
}
