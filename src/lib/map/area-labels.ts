/**
 * Area labels (countries, regions): at the spot with most room, or nudged within that room off
 * anything placed already and off the border lines; where every spot around the centre is taken,
 * the nearest free spot across what is visible of the area.
 */
import { clamp, overlaps, type Box } from '../geometry/boxes.ts';
import { textWidth, type TextStyle } from '../i18n/measure.ts';
import type { AreaFeature } from './geo-data.ts';
import { areaLabelBox, type Label } from './labels.ts';
import { EDGE, type Placement } from './placement.ts';
import { containsPixel, labelPoint, screenBox } from './screen.ts';

/** An area is labelled only if a circle this wide fits in what is visible of it. */
const MIN_LABEL_ROOM = 14;

export function areaLabels(ids: string[], features: AreaFeature[], names: Record<string, string>, style: TextStyle, ctx: Placement): Label[] {
  const { size, taken, onLine, projection } = ctx;
  // where every spot around the area's centre is taken: the nearest free spot on a 12 px grid
  // across what is visible of it, clear of the lines, with the name's middle and both ends inside
  const elsewhereIn = (f: AreaFeature, half: number) => {
    const p = labelPoint(f, projection)!;
    const inside = containsPixel(f, projection);
    const b = screenBox(f, projection);
    const spots: { x: number; y: number; box: Box }[] = [];
    for (let y = Math.max(14, b.y0 + 10); y <= Math.min(size.height - 22, b.y1); y += 12) {
      for (let x = Math.max(half + EDGE, b.x0 + half); x <= Math.min(size.width - half - EDGE, b.x1 - half); x += 12) {
        spots.push({ x, y, box: areaLabelBox(x, y, 2 * half) });
      }
    }
    spots.sort((a, c) => Math.hypot(a.x - p.x, a.y - p.y) - Math.hypot(c.x - p.x, c.y - p.y));
    return spots.find(
      ({ x, y, box }) => !taken.some((t) => overlaps(t, box)) && !onLine(box) && inside(x, y - 4) && inside(box.x0, y - 4) && inside(box.x1, y - 4),
    );
  };
  const labels: Label[] = [];
  for (const id of ids) {
    const f = features.find((c) => c.id === id);
    const p = f && labelPoint(f, projection);
    if (!p || p.room < MIN_LABEL_ROOM) continue;
    const text = names[id] ?? id;
    const half = textWidth(text, style) / 2;
    const nudge = p.room * 0.6;
    const spots: [number, number][] = [
      [0, 0],
      [0, -nudge],
      [0, nudge],
      [-nudge, 0],
      [nudge, 0],
      [-nudge, -nudge],
      [nudge, nudge],
      [-nudge, nudge],
      [nudge, -nudge],
    ];
    const fits = spots
      .map(([dx, dy]) => {
        const x = clamp(p.x + dx, half + EDGE, size.width - half - EDGE);
        const y = clamp(p.y + dy, 14, size.height - 22);
        return { x, y, box: areaLabelBox(x, y, 2 * half) };
      })
      .filter(({ box }) => !taken.some((t) => overlaps(t, box)));
    const best = fits.find(({ box }) => !onLine(box)) ?? fits[0] ?? elsewhereIn(f, half);
    if (!best) continue;
    taken.push(best.box);
    labels.push({ id, text, x: best.x, y: best.y, anchor: 'middle' });
  }
  return labels;
}
