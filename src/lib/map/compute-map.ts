/**
 * computeMap(state, input, size) → MapFrame: everything a map shows, as SVG path strings and
 * positioned marks. Pure and DOM-free: the build renders each step's still figure and the first
 * graphic with it, and the browser renders the very same frame when the reader reaches that step.
 *
 * It only orchestrates, in an order that matters: the furniture and every marker claim their
 * space first, then sector names, enclave outlines, point labels, enclave names, and area names
 * last, each keeping off what was placed before it.
 */
import type { MapState } from '../state/schema.ts';
import { areaLabels } from './area-labels.ts';
import { computeBase } from './base.ts';
import { enclaveLabels, enclaveSpots } from './enclave-labels.ts';
import type { MapFrame, MapFurniture, MapInput } from './frame.ts';
import { furnitureBoxes, kmPerPx } from './furniture.ts';
import { inset } from './inset.ts';
import { lineDash, ticksFor } from './line.ts';
import { borderObstacles } from './line-obstacles.ts';
import { drawMarkers } from './markers.ts';
import type { Placement } from './placement.ts';
import { labelMarkers } from './point-labels.ts';
import type { Size } from './projection.ts';
import { sectorMarks } from './sectors.ts';
import { VIEWS } from './views.ts';

export type * from './frame.ts';
export { computeBase, computeBaseInSteps, computeBaseOut, hasBase } from './base.ts';
export { lineDash, orderLine } from './line.ts';
export { mapLabelLines, mapName } from './names.ts';
export { noteBox } from './furniture.ts';

export function computeMap(state: MapState, input: MapInput, size: Size, furniture: MapFurniture = {}): MapFrame {
  const view = VIEWS[state.view];
  const { base, projection } = computeBase(view, input.geo, size);
  const withInset = state.inset && !!input.overview;
  const { taken, bar } = furnitureBoxes(projection, size, input.fmt, {
    stamp: furniture.stamp ?? null,
    counter: state.line.counter,
    inset: withInset,
    scale: view.file !== 'overview',
    note: furniture.note,
  });
  const ctx: Placement = { size, projection, geo: input.geo, taken, onLine: borderObstacles(input.geo, projection) };
  const placeById = new Map(input.places.map((p) => [p.id, p]));

  const markers = drawMarkers(state, input, placeById, ctx);
  const sectors = sectorMarks(state.sectors, projection, size, taken, input.fmt);
  const enclaves = enclaveSpots(state, new Set(markers.events.map((e) => e.id)), input.names.enclaves, ctx);
  labelMarkers(markers, input, placeById, ctx);
  const enclaveNames = enclaveLabels(enclaves, ctx);
  const regionLabels = areaLabels(state.regions, input.geo.regions, input.names.regions, 'region', ctx);
  const countryLabels = areaLabels(state.countryLabels, input.geo.countries, input.names.countries, 'country', ctx);

  const { progress, status, counter, closed } = state.line;
  const dashes = Object.fromEntries(base.line.map((piece) => [piece.id, lineDash(piece, progress, status)]));
  const perPx = state.band ? kmPerPx(projection, size) : null;
  return {
    ...base,
    overlay: {
      focus: state.focus,
      regions: state.regions,
      enclaves: state.enclaves,
      line: {
        status,
        progress,
        closed,
        ticks: closed ? ticksFor(input.geo, projection) : '',
        dashes,
        counterKm: counter ? Math.round((progress * input.officialKm) / 10) * 10 : null,
      },
      places: markers.places,
      events: markers.events,
      countryLabels,
      regionLabels,
      enclaveLabels: enclaveNames,
      scaleBar: bar,
      inset: withInset ? inset(view, size, state.focus, input.overview!) : null,
      sectors,
      band: state.band && perPx ? { width: Math.round(((2 * state.band) / perPx) * 10) / 10, km: state.band } : null,
    },
  };
}
