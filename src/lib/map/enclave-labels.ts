/**
 * Enclave names. A small enclave's outline first keeps point labels off it (enclaveSpots); its
 * own name comes after them (enclaveLabels): inside where it fits, beside its outline where not.
 */
import { overlaps, type Box } from '../geometry/boxes.ts';
import type { MapState } from '../state/schema.ts';
import { textWidth } from '../i18n/measure.ts';
import { LINE_HEIGHT, labelBox, placeLabel, type Label } from './labels.ts';
import type { Placement } from './placement.ts';
import { labelPoint, screenBox } from './screen.ts';

export interface EnclaveSpot {
  id: string;
  name: string;
  outline: Box;
  spot: { x: number; y: number; room: number };
}

/** The enclaves to name; `namedByEvents` are the places event markers name already. */
export function enclaveSpots(state: MapState, namedByEvents: Set<string>, names: Record<string, string>, { geo, projection, size, taken }: Placement): EnclaveSpot[] {
  const spots: EnclaveSpot[] = [];
  for (const id of state.enclaves) {
    const feature = geo.enclaves.find((f) => f.id === id);
    const name = names[id];
    if (!feature || !name) continue;
    const spot = labelPoint(feature, projection);
    if (!spot) continue;
    // an event marked at the place of the enclave's name (the same id) names it, and its label may cross it
    if (namedByEvents.has(id)) continue;
    const outline = screenBox(feature, projection);
    if (outline.x1 - outline.x0 < size.width / 4) taken.push(outline);
    spots.push({ id, name, outline, spot });
  }
  return spots;
}

export function enclaveLabels(spots: EnclaveSpot[], { size, taken, onLine }: Placement): Label[] {
  const labels: Label[] = [];
  for (const { id, name, outline, spot: p } of spots) {
    const w = textWidth(name, 'enclave');
    const inside: Label = { id: `enclave-${id}`, text: name, x: p.x, y: p.y + 4, anchor: 'middle' };
    const insideBox = labelBox(inside, w, LINE_HEIGHT);
    const fitsInside = p.room >= LINE_HEIGHT / 2 + 2 && w / 2 <= p.room * 1.6 && !taken.some((t) => t !== outline && overlaps(t, insideBox));
    const label = fitsInside ? inside : placeLabel({ id: `enclave-${id}`, text: name, target: outline, size, taken, gap: 4, onLine, style: 'enclave' });
    if (fitsInside) taken.push(insideBox);
    if (label) labels.push(label);
  }
  return labels;
}
