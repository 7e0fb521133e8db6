/** The locator inset's base layer for the static figures: Central Asia at thumbnail size. */
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { readTopology } from '../../lib/data/load.ts';
import { decodeTopology } from '../../lib/map/geo-data.ts';
import { computeMap } from '../../lib/map/compute-map.ts';
import { BEFORE_STATE } from '../../lib/state/defaults.ts';
import { insetSvg, STATIC_SIZE } from '../../lib/figures/static.ts';

export const GET: APIRoute = () => {
  const overview = decodeTopology(readTopology(join(process.cwd(), 'public', 'data'), 'overview'));
  const state = { ...BEFORE_STATE.map, view: 'isfara' as const, inset: true, places: [], events: [] };
  const frame = computeMap(state, { geo: overview, overview, places: [], events: [], officialKm: 0 }, STATIC_SIZE);
  return new Response(insetSvg(frame.overlay.inset!), { headers: { 'Content-Type': 'image/svg+xml' } });
};
