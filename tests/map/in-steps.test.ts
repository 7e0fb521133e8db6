/** The browser's step-by-step versions of decoding and projecting give what the one-go versions give. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readTopology } from '../../src/lib/data/load.ts';
import { decodeTopology, decodeTopologyInSteps } from '../../src/lib/map/geo-data.ts';
import { computeBase, computeBaseInSteps, hasBase } from '../../src/lib/map/compute-map.ts';
import { VIEWS } from '../../src/lib/map/views.ts';

const DATA = join(process.cwd(), 'public', 'data');

describe('work in steps', () => {
  it('decodes a file in several pauses, to the same features', async () => {
    const topo = readTopology(DATA, 'border');
    let pauses = 0;
    const stepped = await decodeTopologyInSteps(topo, async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(stepped).toEqual(decodeTopology(topo));
  });

  it('projects a view layer by layer, then computeBase answers from the memo with the same paths', async () => {
    const geo = decodeTopology(readTopology(DATA, 'detail'));
    const size = { width: 333, height: 444 };
    expect(hasBase(VIEWS.vorukh, geo, size)).toBe(false);
    let pauses = 0;
    await computeBaseInSteps(VIEWS.vorukh, geo, size, async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(hasBase(VIEWS.vorukh, geo, size)).toBe(true);
    const fresh = computeBase(VIEWS.vorukh, decodeTopology(readTopology(DATA, 'detail')), size);
    expect(computeBase(VIEWS.vorukh, geo, size).base).toEqual(fresh.base);
  });
});
