/** Every other edition's chapters' folded parts, under its folder (src/lib/build/endpoints.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterFragments } from '../../../lib/build/endpoints.ts';
import { foldedEditions } from '../../../lib/site/editions.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      foldedEditions().map(async (e) => (await chapterFragments(e.props.tag)).map((c) => ({ params: { lang: e.params.lang, chapter: c.chapter }, props: { parts: c.parts } }))),
    )
  ).flat();

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.parts), { headers: { 'Content-Type': 'application/json' } });
