import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { applyPatch, checkStateReferences, resolveStates } from '../../src/lib/state/resolve.ts';
import { BEFORE_STATE } from '../../src/lib/state/defaults.ts';
import { graphicStateSchema, statePatchSchema } from '../../src/lib/state/schema.ts';

describe('state patches', () => {
  it('merge objects and replace arrays and the chart', () => {
    const a = applyPatch(BEFORE_STATE, { map: { focus: ['KGZ'], line: { progress: 0.5 } }, chart: { kind: 'incidents' } });
    expect(a.map.focus).toEqual(['KGZ']);
    expect(a.map.line).toEqual({ progress: 0.5, status: 'drawn', counter: false, closed: false });
    expect(a.map.view).toBe('central-asia');
    const b = applyPatch(a, { map: { focus: ['TJK'] }, chart: null });
    expect(b.map.focus).toEqual(['TJK']);
    expect(b.chart).toBeNull();
    expect(b.map.line.progress).toBe(0.5);
  });

  it('resolve to complete, valid states in order, each inheriting the last', () => {
    const states = resolveStates([
      { id: 'a', patch: { map: { view: 'border', line: { progress: 0.3, counter: true } } } },
      { id: 'b', patch: { map: { line: { progress: 1 } } } },
      { id: 'c', patch: { map: { line: { status: 'undefined', counter: false, closed: false } } } },
    ]);
    expect(states.map((s) => s.map.view)).toEqual(['border', 'border', 'border']);
    expect(states[2]!.map.line).toEqual({ progress: 1, status: 'undefined', counter: false, closed: false });
    for (const s of states) expect(graphicStateSchema.safeParse(s).success).toBe(true);
  });

  it('reject a state that is not valid once resolved, naming the step', () => {
    expect(() => resolveStates([{ id: 'half-dashed', patch: { map: { line: { progress: 0.5, status: 'undefined' } } } }])).toThrow(
      /step "half-dashed".*only a "drawn" line can be partly drawn/,
    );
  });

  it('reject unknown fields and views in a patch', () => {
    expect(statePatchSchema.safeParse({ map: { zoom: 3 } }).success).toBe(false);
    expect(statePatchSchema.safeParse({ map: { view: 'moon' } }).success).toBe(false);
    expect(statePatchSchema.safeParse({ chart: { kind: 'pie' } }).success).toBe(false);
  });

  it('reject places and events the data cannot map', () => {
    const data = loadDataset();
    const state = (places: string[], events: string[]) => ({ ...BEFORE_STATE, map: { ...BEFORE_STATE.map, places, events } });
    expect(checkStateReferences([{ id: 's', state: state(['vorukh'], ['treaty-signed']) }], data)).toEqual([]);
    expect(checkStateReferences([{ id: 's', state: state(['atlantis'], []) }], data)).toEqual(['step "s": place "atlantis" is not in data/tables/places.yaml']);
    expect(checkStateReferences([{ id: 's', state: state(['kak-sai'], []) }], data)[0]).toMatch(/has no coordinates/);
    expect(checkStateReferences([{ id: 's', state: state([], ['protocol-42']) }], data)[0]).toMatch(/no located place/);
  });
});
