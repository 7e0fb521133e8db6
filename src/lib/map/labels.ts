/**
 * Point labels: a label beside its marker, where it fits in the frame without covering anything
 * placed already, on its own side of the border and off the border lines where it can be, and
 * nearer its own marker than any other; failing that, further out with a leader line back to the
 * marker, so no marker the story names is left unlabelled.
 */
import { textWidth, type TextStyle } from '../i18n/measure.ts';
import type { Size } from './projection.ts';
import { overlaps, segmentHitsBox, type Box } from '../geometry/boxes.ts';

export interface Label {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** a second, smaller line under the first (a highlighted event's toll) */
  sub?: string;
  /** a line from the marker to a label placed away from it */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** The style a place's name is set in (its width is measured in it, src/lib/i18n/measure.ts):
 * a district's, a capital's or any other place's. */
export const placeStyle = (p: { district: boolean; capital: boolean }): TextStyle => (p.district ? 'district' : p.capital ? 'capital' : 'place');
export const LINE_HEIGHT = 14;
const SUB_LINE = 13;
const EDGE = 4;
/** the bottom strip is the map's credit line */
const BOTTOM = 18;

/** The box a label's text covers (its baseline sits 4 px below its centre line). */
export function labelBox(label: Label, w: number, h: number = LINE_HEIGHT): Box {
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0: x0 - 0.5, y0: label.y - 4 - LINE_HEIGHT / 2 - 1, x1: x0 + w + 0.5, y1: label.y - 4 - LINE_HEIGHT / 2 + h + 1 };
}

/** The box an area's name covers: set in capitals (no descenders), centred on x, baseline at y. */
export function areaLabelBox(x: number, y: number, w: number): Box {
  return { x0: x - w / 2, y0: y - 10, x1: x + w / 2, y1: y + 4 };
}

export interface PlaceLabelOptions {
  id: string;
  text: string;
  sub?: string;
  /** the marker's box, or the outline of a small area */
  target: Box;
  size: Size;
  /** boxes already claimed; the placed label's box (and its leader's path) is added */
  taken: Box[];
  /** the space between the target's box and the label's, px */
  gap?: number;
  /** how much of a box lies on the place's own side of the border: 0 to 3 (of three points tested) */
  onSide?: (box: Box) => number;
  /** true where a border line crosses a box */
  onLine?: (box: Box) => boolean;
  /** the other markers on the map: a label is placed nearer its own than any of these */
  others?: { x: number; y: number }[];
  /** a district's name stands for an area: it is centred on or just above or below the spot;
   * only where none of those keeps off the border lines is it set beside, with a leader into the
   * area, and then clear of the lines and within its own country */
  area?: boolean;
  /** the style the label is set in, which its width is measured by */
  style?: TextStyle;
}

type Anchor = Label['anchor'];

/**
 * The spots around a target at one distance: right, left, above, below, then the corners. `gap`
 * is the space between the target's box and the label's (labelBox), `h` the label's height.
 */
function ring(target: Box, gap: number, h: number): { x: number; y: number; anchor: Anchor }[] {
  const cx = (target.x0 + target.x1) / 2;
  const cy = (target.y0 + target.y1) / 2;
  const right = target.x1 + gap;
  const left = target.x0 - gap;
  // labelBox spans y − 12 to y − 10 + h
  const beside = cy + 11 - h / 2;
  const above = target.y0 - gap + 10 - h;
  const below = target.y1 + gap + 12;
  return [
    { x: right, y: beside, anchor: 'start' },
    { x: left, y: beside, anchor: 'end' },
    { x: cx, y: above, anchor: 'middle' },
    { x: cx, y: below, anchor: 'middle' },
    { x: right - 2, y: above, anchor: 'start' },
    { x: right - 2, y: below, anchor: 'start' },
    { x: left + 2, y: above, anchor: 'end' },
    { x: left + 2, y: below, anchor: 'end' },
  ];
}

/** An area's name: centred on its spot, then just above or below it, then shifted sideways. */
function areaSpots(target: Box, w: number): { x: number; y: number; anchor: Anchor }[] {
  const cx = (target.x0 + target.x1) / 2;
  const cy = (target.y0 + target.y1) / 2 + 4;
  return [0, -14, 14, -26, 26].flatMap((dy) => [
    ...[0, -w / 4, w / 4].map((dx) => ({ x: cx + dx, y: cy + dy, anchor: 'middle' as const })),
    // run out from the spot to either side, for an area that is long and thin
    { x: cx - 6, y: cy + dy, anchor: 'start' as const },
    { x: cx + 6, y: cy + dy, anchor: 'end' as const },
  ]);
}

/** Where a leader line from a marker meets a label's box. */
function leaderTo(target: Box, box: Box): NonNullable<Label['leader']> {
  const mx = (target.x0 + target.x1) / 2;
  const my = (target.y0 + target.y1) / 2;
  const x2 = Math.max(box.x0, Math.min(mx, box.x1));
  const y2 = Math.max(box.y0, Math.min(my, box.y1));
  return { x1: mx, y1: my, x2, y2 };
}

/** Small boxes along a leader line, so later labels keep off it. */
function leaderBoxes(l: NonNullable<Label['leader']>): Box[] {
  const length = Math.hypot(l.x2 - l.x1, l.y2 - l.y1);
  const n = Math.max(1, Math.ceil(length / 6));
  const boxes: Box[] = [];
  for (let i = 1; i < n; i++) {
    const x = l.x1 + ((l.x2 - l.x1) * i) / n;
    const y = l.y1 + ((l.y2 - l.y1) * i) / n;
    boxes.push({ x0: x - 1.5, y0: y - 1.5, x1: x + 1.5, y1: y + 1.5 });
  }
  return boxes;
}

const distanceToBox = (p: { x: number; y: number }, b: Box) => Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));

// A label on the wrong side of the border misleads; one across a line is harder to read; one
// nearer another marker than its own is ambiguous; one further out, with a leader, is a little
// less direct. The score weighs them in that order.
const SIDE = 4;
const OFF_LINE = 2;
const UNAMBIGUOUS = 1.5;
const NEARNESS = [1, 0.5, 0];
const PERFECT = 3 * SIDE + OFF_LINE + UNAMBIGUOUS + NEARNESS[0]!;

export function placeLabel(o: PlaceLabelOptions): Label | null {
  const gap = o.gap ?? 6;
  const w = Math.max(textWidth(o.text, o.style ?? 'place'), o.sub ? textWidth(o.sub, 'sub') : 0);
  const h = o.sub ? LINE_HEIGHT + SUB_LINE : LINE_HEIGHT;
  const inFrame = (box: Box) => box.x0 >= EDGE && box.x1 <= o.size.width - EDGE && box.y0 >= EDGE && box.y1 <= o.size.height - BOTTOM;
  const mx = (o.target.x0 + o.target.x1) / 2;
  const my = (o.target.y0 + o.target.y1) / 2;
  const base = { id: o.id, text: o.text, ...(o.sub ? { sub: o.sub } : {}) };
  // rings of candidates, nearest first; an area's name has its own spots first, then leaders
  const leaderRings = [gap + 18, gap + 38].map((g) => ring(o.target, g, h));
  const rings = o.area ? [areaSpots(o.target, w), ...leaderRings] : [ring(o.target, gap, h), ...leaderRings];

  let best: { label: Label; box: Box } | undefined;
  let bestScore = -1;
  // an area's name set outside it, with a leader in: tried only when no spot inside keeps off
  // the lines, and not where its leader would seem to start from another place's marker; it must
  // then be clear of the lines and stay in its own country
  const leaderFromMarker = (o.others ?? []).some((p) => Math.hypot(p.x - mx, p.y - my) < 6);
  rings.forEach((spots, r) => {
    if (bestScore === PERFECT) return;
    const outside = !!o.area && r > 0;
    if (outside && ((best && !o.onLine?.(best.box)) || leaderFromMarker)) return;
    for (const spot of spots) {
      const label: Label = { ...base, ...spot };
      const box = labelBox(label, w, h);
      if (!inFrame(box) || o.taken.some((t) => overlaps(t, box))) continue;
      if (outside && o.onLine?.(box)) continue;
      const leader = r > 0 ? leaderTo(o.target, box) : undefined;
      if (leader) {
        // a leader must not cut through another label or marker on its way (its own marker, and
        // any outline around it, it starts inside of)
        const around = (t: Box) => t.x0 <= mx && mx <= t.x1 && t.y0 <= my && my <= t.y1;
        if (o.taken.some((t) => !around(t) && segmentHitsBox([leader.x1, leader.y1, leader.x2, leader.y2], t))) continue;
        label.leader = leader;
      }
      const own = distanceToBox({ x: mx, y: my }, box);
      const ambiguous = (o.others ?? []).some((p) => distanceToBox(p, box) + 2 < own);
      const partial = (o.onLine?.(box) ? 0 : OFF_LINE) + (ambiguous ? 0 : UNAMBIGUOUS) + NEARNESS[r]!;
      // the side test is the costly one (a point-in-polygon on the sphere): it runs only for a
      // candidate that could still beat the best so far
      if (partial + 3 * SIDE <= bestScore) continue;
      const side = o.onSide ? o.onSide(box) : 3;
      if (outside && side < 3) continue;
      const score = side * SIDE + partial;
      if (score > bestScore) [best, bestScore] = [{ label, box }, score];
      if (bestScore === PERFECT) break;
    }
  });
  if (!best) return null;
  o.taken.push(best.box);
  if (best.label.leader) o.taken.push(...leaderBoxes(best.label.leader));
  return best.label;
}
