/** Every other edition's still figures, under its folder (src/lib/build/endpoints.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureFiles } from '../../../lib/build/endpoints.ts';
import { foldedEditions } from '../../../lib/site/editions.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      foldedEditions().map(async (e) => (await figureFiles(e.props.tag)).map((f) => ({ params: { lang: e.params.lang, figure: f.id }, props: { svg: f.svg } }))),
    )
  ).flat();

export const GET: APIRoute = ({ props }) => new Response(props.svg as string, { headers: { 'Content-Type': 'image/svg+xml' } });
