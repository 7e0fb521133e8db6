/** The shared base layers of each map view, for the static figures (see src/lib/figures/static.ts). */
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { readTopology } from '../../lib/data/load.ts';
import { baseSvg, STATIC_SIZE } from '../../lib/figures/static.ts';
import { computeBase } from '../../lib/map/compute-map.ts';
import { decodeTopology } from '../../lib/map/geo-data.ts';
import { VIEWS, type ViewId } from '../../lib/map/views.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(VIEWS).map((view) => ({ params: { view } }));

export const GET: APIRoute = ({ params }) => {
  const view = VIEWS[params.view as ViewId];
  const geo = decodeTopology(readTopology(join(process.cwd(), 'public', 'data'), view.file));
  const { base } = computeBase(view, geo, STATIC_SIZE);
  return new Response(baseSvg(base), { headers: { 'Content-Type': 'image/svg+xml' } });
};
