/**
 * The shapes of map markers, shared by the static figures and the live graphic so both draw the
 * same thing: a diamond for an event (larger when highlighted), a dot for a place.
 */
import type { EventMark, PlaceMark } from './frame.ts';

const r = (n: number) => Math.round(n * 10) / 10;

export function eventMarkerPath(e: Pick<EventMark, 'x' | 'y' | 'highlight'>): string {
  const s = e.highlight ? 10 : 6;
  return `M${r(e.x)},${r(e.y - s)}l${s},${s}l${-s},${s}l${-s},${-s}z`;
}

export function placeRadius(p: Pick<PlaceMark, 'capital'>): number {
  return p.capital ? 3.5 : 2.8;
}
