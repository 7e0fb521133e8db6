/** Every other edition's blank outline maps, under its folder. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OUTLINE_MAPS, outlineMapFile } from '../../../lib/classroom/paths.ts';
import { foldedEditions } from '../../../lib/site/editions.ts';

export const getStaticPaths: GetStaticPaths = () => foldedEditions().flatMap((e) => OUTLINE_MAPS.map((map) => ({ params: { lang: e.params.lang, map }, props: { tag: e.props.tag } })));

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await outlineMapFile(params.map as (typeof OUTLINE_MAPS)[number], props.tag as string), { headers: { 'Content-Type': 'image/svg+xml' } });
