/**
 * Point labels: placed beside their marker in the frame, never over what is placed already,
 * preferring their own side of the border, then clear of the lines, then near the marker; and
 * the border-line obstacle test they use.
 */
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabel } from '../../src/lib/map/labels.ts';
import { textWidth } from '../../src/lib/i18n/measure.ts';
import { overlaps, segmentHitsBox, type Box } from '../../src/lib/geometry/boxes.ts';

const size = { width: 300, height: 200 };
const marker = (x: number, y: number): Box => ({ x0: x, y0: y, x1: x, y1: y });

describe('placeLabel', () => {
  it('puts a label to the right of its marker when there is room, and claims its box', () => {
    const taken: Box[] = [];
    const label = placeLabel({ id: 'a', text: 'Isfara', target: marker(100, 100), size, taken });
    expect(label).toMatchObject({ anchor: 'start', x: 106 });
    expect(label!.leader).toBeUndefined();
    expect(taken).toHaveLength(1);
  });

  it('moves to the left when the right is taken, and never overlaps what is taken', () => {
    const blocked: Box = { x0: 104, y0: 80, x1: 200, y1: 120 };
    const taken = [blocked];
    const label = placeLabel({ id: 'a', text: 'Isfara', target: marker(100, 100), size, taken });
    expect(label!.anchor).toBe('end');
    const box = labelBox(label!, textWidth('Isfara', 'place'));
    expect(box.x1 <= blocked.x0).toBe(true);
  });

  it('prefers a spot on its own side of the border to one across it', () => {
    // everything left of x = 100 is "the other country"
    const onSide = (b: Box) => [b.x0 + 2, (b.x0 + b.x1) / 2, b.x1 - 2].filter((x) => x >= 100).length;
    const label = placeLabel({ id: 'a', text: 'Chorkuh', target: marker(100, 100), size, taken: [{ x0: 105, y0: 96, x1: 160, y1: 112 }], onSide });
    const box = labelBox(label!, textWidth('Chorkuh', 'place'));
    expect(box.x0 >= 98).toBe(true);
  });

  it('prefers a spot off the border line, going further out with a leader line if it must', () => {
    // a vertical line through the marker, and a broad band of lines across it
    const onLine = (b: Box) => (b.x0 < 100 && b.x1 > 100) || (b.y0 < 120 && b.y1 > 84);
    const label = placeLabel({ id: 'a', text: 'Ak-Sai', target: marker(100, 100), size, taken: [], onLine });
    expect(onLine(labelBox(label!, textWidth('Ak-Sai', 'place')))).toBe(false);
    expect(label!.leader).toBeDefined();
  });

  it('never runs a leader line through a box already taken, and claims the leader\'s path', () => {
    // a line all round the near ring; a wall right of the marker blocks every leader that way
    const ringAround: Box = { x0: 80, y0: 80, x1: 120, y1: 120 };
    const wall: Box = { x0: 104, y0: 0, x1: 110, y1: 200 };
    const taken: Box[] = [wall];
    const label = placeLabel({ id: 'a', text: 'Kok-Tash', target: marker(100, 100), size: { width: 400, height: 300 }, taken, onLine: (b) => overlaps(b, ringAround) });
    expect(label!.leader).toBeDefined();
    expect(label!.anchor).not.toBe('start');
    const l = label!.leader!;
    expect(segmentHitsBox([l.x1, l.y1, l.x2, l.y2], wall)).toBe(false);
    expect(taken.length).toBeGreaterThan(3);
  });

  it('names an area on or just above or below its spot, never at the end of a leader', () => {
    const label = placeLabel({ id: 'd', text: 'LEILEK DISTRICT', target: marker(150, 100), size, taken: [{ x0: 100, y0: 92, x1: 200, y1: 102 }], area: true, style: 'district' });
    expect(label!.anchor).toBe('middle');
    expect(label!.leader).toBeUndefined();
    expect(Math.abs(label!.y - 104)).toBeLessThanOrEqual(26);
  });

  it('keeps a label nearer its own marker than any other', () => {
    // another marker sits just right of this one: the label goes left rather than beside it
    const label = placeLabel({ id: 'a', text: 'Chorkuh', target: marker(100, 100), size, taken: [], others: [{ x: 112, y: 100 }] });
    expect(label!.anchor).toBe('end');
  });

  it('gives a highlighted event a second line, in its box', () => {
    const taken: Box[] = [];
    const label = placeLabel({ id: 'a', text: 'Ovchi-Kalacha', sub: 'at least 10 killed', target: marker(150, 100), size, taken });
    expect(label!.sub).toBe('at least 10 killed');
    expect(taken[0]!.y1 - taken[0]!.y0).toBeGreaterThan(26);
  });

  it('returns null only when nothing fits in the frame', () => {
    expect(placeLabel({ id: 'a', text: 'A very long name indeed', target: marker(5, 5), size: { width: 40, height: 30 }, taken: [] })).toBeNull();
  });
});

describe('segmentHitsBox', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('finds a segment crossing, inside, or touching a box, and misses one beside it', () => {
    expect(segmentHitsBox([0, 15, 30, 15], box)).toBe(true);
    expect(segmentHitsBox([12, 12, 14, 14], box)).toBe(true);
    expect(segmentHitsBox([0, 0, 30, 30], box)).toBe(true);
    expect(segmentHitsBox([0, 25, 30, 25], box)).toBe(false);
    expect(segmentHitsBox([25, 0, 25, 30], box)).toBe(false);
    expect(segmentHitsBox([0, 9, 9, 0], box)).toBe(false);
  });
});
