/** The source locale's blank outline maps (src/lib/classroom/outline-maps.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OUTLINE_MAPS, outlineMapFile } from '../../lib/classroom/paths.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = () => OUTLINE_MAPS.map((map) => ({ params: { map } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await outlineMapFile(params.map as (typeof OUTLINE_MAPS)[number], SOURCE_LOCALE), { headers: { 'Content-Type': 'image/svg+xml' } });
