/** The source locale's still figures (src/lib/build/endpoints.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureFiles } from '../../lib/build/endpoints.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await figureFiles(SOURCE_LOCALE)).map((f) => ({ params: { figure: f.id }, props: { svg: f.svg } }));

export const GET: APIRoute = ({ props }) => new Response(props.svg as string, { headers: { 'Content-Type': 'image/svg+xml' } });
