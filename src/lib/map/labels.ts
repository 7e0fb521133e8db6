/**
 * Point labels: a label beside its marker, where it fits in the frame without covering anything
 * placed already, and off the border lines where it can be; failing that, further out with a
 * leader line back to the marker, so no marker the story names is left unlabelled.
 */
import type { Size } from './projection.ts';
import { overlaps, type Box } from './boxes.ts';

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

/** Rough text widths (px per character): there is no DOM to measure with at build time. */
export const CHAR_PX = { country: 9.6, region: 6.6, place: 7.2, sub: 6.2 };
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

export interface PlaceLabelOptions {
  id: string;
  text: string;
  sub?: string;
  /** the marker, or the outline of a small area */
  target: Box;
  size: Size;
  /** boxes already claimed; the placed label's box is added */
  taken: Box[];
  gap?: number;
  /** how much of a box lies on the place's own side of the border: 0 to 3 (of three points tested) */
  onSide?: (box: Box) => number;
  /** true where a border line crosses a box */
  onLine?: (box: Box) => boolean;
}

function candidates(id: string, text: string, target: Box, gap: number, sub: string | undefined, lift: number): Label[] {
  const cx = (target.x0 + target.x1) / 2;
  const cy = (target.y0 + target.y1) / 2;
  const right = target.x1 + gap;
  const left = target.x0 - gap;
  const above = target.y0 - gap + 2 - lift;
  const below = target.y1 + gap + 10;
  const base = { id, text, ...(sub ? { sub } : {}) };
  return [
    { ...base, x: right, y: cy + 4 - lift / 2, anchor: 'start' },
    { ...base, x: left, y: cy + 4 - lift / 2, anchor: 'end' },
    { ...base, x: cx, y: above, anchor: 'middle' },
    { ...base, x: cx, y: below, anchor: 'middle' },
    { ...base, x: right - 2, y: above, anchor: 'start' },
    { ...base, x: right - 2, y: below, anchor: 'start' },
    { ...base, x: left + 2, y: above, anchor: 'end' },
    { ...base, x: left + 2, y: below, anchor: 'end' },
  ];
}

/** Where a leader line from a marker meets a label's box. */
function leaderTo(target: Box, box: Box): Label['leader'] {
  const mx = (target.x0 + target.x1) / 2;
  const my = (target.y0 + target.y1) / 2;
  const x2 = Math.max(box.x0, Math.min(mx, box.x1));
  const y2 = Math.max(box.y0, Math.min(my, box.y1));
  return { x1: mx, y1: my, x2, y2 };
}

export function placeLabel(o: PlaceLabelOptions): Label | null {
  const gap = o.gap ?? 6;
  const w = Math.max(o.text.length * CHAR_PX.place, o.sub ? o.sub.length * CHAR_PX.sub : 0);
  const h = o.sub ? LINE_HEIGHT + SUB_LINE : LINE_HEIGHT;
  const lift = o.sub ? SUB_LINE : 0;
  const inFrame = (box: Box) => box.x0 >= EDGE && box.x1 <= o.size.width - EDGE && box.y0 >= EDGE && box.y1 <= o.size.height - BOTTOM;
  const free = (labels: Label[]) =>
    labels.map((label) => ({ label, box: labelBox(label, w, h) })).filter(({ box }) => inFrame(box) && !o.taken.some((t) => overlaps(t, box)));
  const near = free(candidates(o.id, o.text, o.target, gap, o.sub, lift));
  const far = free(candidates(o.id, o.text, o.target, gap * 3 + 8, o.sub, lift)).map((c) => ({ ...c, label: { ...c.label, leader: leaderTo(o.target, c.box) } }));
  // A label on the wrong side of the border misleads; one across a line is only harder to read;
  // one further out, with a leader, is a little less direct. Candidates are ranked in that order,
  // and among equals the first in the list (right, left, above, below, the corners) wins. The side
  // test is the costly one (a point-in-polygon on the sphere), so it runs only for a candidate
  // that could still beat the best found so far.
  let best: { label: Label; box: Box } | undefined;
  let bestScore = -1;
  const perfect = 3 * 4 + 2 + 1;
  for (const [list, isNear] of [
    [near, true],
    [far, false],
  ] as const) {
    for (const c of list) {
      const partial = (o.onLine?.(c.box) ? 0 : 2) + (isNear ? 1 : 0);
      if (partial + 12 <= bestScore) continue;
      const sc = (o.onSide ? o.onSide(c.box) : 3) * 4 + partial;
      if (sc > bestScore) [best, bestScore] = [c, sc];
      if (bestScore === perfect) break;
    }
    if (bestScore === perfect) break;
  }
  if (!best) return null;
  o.taken.push(best.box);
  return best.label;
}
