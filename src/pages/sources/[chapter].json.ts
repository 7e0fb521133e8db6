/**
 * The source locale's chapters' folded parts, by step: what a step's toggles load when the reader
 * opens them, so the story page does not carry them (src/lib/build/endpoints.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterFragments } from '../../lib/build/endpoints.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await chapterFragments(SOURCE_LOCALE)).map((c) => ({ params: { chapter: c.chapter }, props: { parts: c.parts } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.parts), { headers: { 'Content-Type': 'application/json' } });
