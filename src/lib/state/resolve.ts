/**
 * From patches to complete states, at build time. Each step inherits the state of the step
 * before it and applies its own patch; the result is validated as a complete state, and every
 * place and event it names is checked against the data.
 */
import type { Dataset } from '../data/tables.ts';
import { graphicStateSchema, type GraphicState, type StatePatch } from './schema.ts';
import { BEFORE_STATE, PER_STEP_DEFAULTS } from './defaults.ts';

export interface StepPatch {
  id: string;
  patch: StatePatch;
}

export function applyPatch(state: GraphicState, patch: StatePatch): GraphicState {
  const map = patch.map ?? {};
  return {
    map: {
      ...state.map,
      ...PER_STEP_DEFAULTS,
      ...map,
      line: { ...state.map.line, ...map.line },
    },
    chart: patch.chart === undefined ? state.chart : patch.chart,
    stamp: patch.stamp === undefined ? state.stamp : patch.stamp,
  } as GraphicState;
}

/** Complete states, one per step, in order. Throws naming the step if one is not a valid state. */
export function resolveStates(steps: StepPatch[], before: GraphicState = BEFORE_STATE): GraphicState[] {
  const states: GraphicState[] = [];
  let current = before;
  for (const step of steps) {
    const next = applyPatch(current, step.patch);
    const checked = graphicStateSchema.safeParse(next);
    if (!checked.success) {
      const problems = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`step "${step.id}": its resolved graphic state is invalid: ${problems}`);
    }
    states.push(checked.data);
    current = checked.data;
  }
  return states;
}

/** Places and events the states name must exist, and be mappable. Returns the problems found. */
export function checkStateReferences(steps: { id: string; state: GraphicState }[], data: Pick<Dataset, 'places' | 'timeline'>): string[] {
  const problems: string[] = [];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const located = (id: string) => {
    const p = places.get(id);
    return !!p && ('lon' in p.location || 'proxy' in p.location);
  };
  for (const { id, state } of steps) {
    for (const place of state.map.places) {
      if (!places.has(place)) problems.push(`step "${id}": place "${place}" is not in data/tables/places.yaml`);
      else if (!located(place)) problems.push(`step "${id}": place "${place}" has no coordinates and cannot be marked on a map`);
    }
    for (const event of state.map.events) {
      const row = data.timeline.find((t) => t.id === event);
      if (!row) problems.push(`step "${id}": event "${event}" is not in data/tables/timeline.yaml`);
      else if (!row.places.some(located)) problems.push(`step "${id}": event "${event}" has no located place to mark`);
    }
    for (const place of state.map.unmapped) {
      if (!places.has(place)) problems.push(`step "${id}": unmapped place "${place}" is not in data/tables/places.yaml`);
      else if (located(place)) problems.push(`step "${id}": "${place}" has a position, so the map should show it rather than list it as not shown`);
    }
  }
  return problems;
}
