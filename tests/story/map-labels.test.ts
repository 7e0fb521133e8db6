/**
 * Every map of the story, at the sizes the live graphic has on the screens readers use: every
 * marker it draws is named, no two labels collide, and no marker hides under the furniture
 * printed over the map (the locator inset, the scale bar, the date stamp, the note of what the
 * map cannot show).
 */
import { describe, expect, it } from 'vitest';
import { computeMap, noteBox, type MapFrame } from '../../src/lib/map/compute-map.ts';
import { areaLabelBox, labelBox, placeStyle, type Label } from '../../src/lib/map/labels.ts';
import { textWidth, type TextStyle } from '../../src/lib/i18n/measure.ts';
import { en } from '../support/i18n.ts';
import { overlaps, type Box } from '../../src/lib/geometry/boxes.ts';
import { stepNote } from '../../src/lib/story/not-shown.ts';
import { dataset, entries, mapInputFor, states, namesOf } from '../support/story.ts';

/** The live map's size on a 390×844 and a 360×640 phone, the two held sideways, and a desktop. */
const SIZES = {
  phone: { width: 374, height: 370 },
  small: { width: 344, height: 268 },
  landscape: { width: 471, height: 286 },
  'small-landscape': { width: 352, height: 256 },
  desktop: { width: 920, height: 735 },
};

const maps = entries.map((e, i) => ({ id: e.id, state: states[i]!, note: stepNote(states[i]!, dataset, en, namesOf('en')) })).filter((s) => !s.state.chart);
const frames = Object.entries(SIZES).flatMap(([name, size]) =>
  maps.map((step) => {
    return { name, size, step, frame: computeMap(step.state.map, mapInputFor(step.state), size, { stamp: step.state.stamp ? en.stamp(step.state.stamp) : null, note: step.note }) };
  }),
);

/** Every label a frame prints, with the box its text covers. */
const labelsOf = (frame: MapFrame): { id: string; box: Box }[] => {
  const o = frame.overlay;
  const point = (l: Label, style: TextStyle = 'place') => ({ id: l.id, box: labelBox(l, Math.max(textWidth(l.text, style), l.sub ? textWidth(l.sub, 'sub') : 0), l.sub ? 27 : 14) });
  const area = (l: Label, style: TextStyle) => ({ id: l.id, box: areaLabelBox(l.x, l.y, textWidth(l.text, style)) });
  return [
    ...o.events.flatMap((e) => (e.label ? [point(e.label)] : [])),
    ...o.places.flatMap((p) => (p.label ? [point(p.label, placeStyle(p))] : [])),
    ...o.enclaveLabels.map((l) => point(l, 'enclave')),
    ...o.regionLabels.map((l) => area(l, 'region')),
    ...o.countryLabels.map((l) => area(l, 'country')),
  ];
};

describe('the story’s maps, on every screen', () => {
  it('name every marker they draw', () => {
    const unnamed = frames.flatMap(({ name, step, frame }) =>
      [...frame.overlay.events, ...frame.overlay.places].filter((m) => !m.label).map((m) => `${name} ${step.id}: ${m.id}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('never print one label over another', () => {
    const clashes = frames.flatMap(({ name, step, frame }) => {
      const boxes = labelsOf(frame);
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a.box, b.box)).map((b) => `${name} ${step.id}: ${a.id} / ${b.id}`));
    });
    expect(clashes).toEqual([]);
  });

  it('keep every marker clear of the inset, the scale bar, the date stamp and the note', () => {
    const hidden = frames.flatMap(({ name, size, step, frame }) => {
      const o = frame.overlay;
      const furniture: Box[] = [];
      if (o.inset) furniture.push({ x0: size.width - o.inset.width - 12, y0: 0, x1: size.width, y1: o.inset.height + 12 });
      if (o.scaleBar) furniture.push({ x0: o.scaleBar.x - 4, y0: o.scaleBar.y - 16, x1: o.scaleBar.x + o.scaleBar.width + 4, y1: o.scaleBar.y + 4 });
      if (step.state.stamp) furniture.push({ x0: 0, y0: 0, x1: 24 + textWidth(en.stamp(step.state.stamp), 'stamp'), y1: 42 });
      if (step.note) furniture.push(noteBox(step.note, size));
      return [...o.events, ...o.places.filter((p) => !p.district)]
        .filter((m) => furniture.some((f) => m.x > f.x0 && m.x < f.x1 && m.y > f.y0 && m.y < f.y1))
        .map((m) => `${name} ${step.id}: ${m.id}`);
    });
    expect(hidden).toEqual([]);
  });
});
