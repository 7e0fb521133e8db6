/**
 * The browser's payload of each edition: every step's complete graphic state, the slices of data
 * its maps and charts draw, and the edition's words (src/lib/story/build-story.ts), at an address
 * named by its content (story-model.ts). Fetched when the reader first moves, not carried in the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyModel } from '../../lib/build/story-model.ts';
import { loadLocales } from '../../lib/i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  Promise.all(
    loadLocales().map(async (l) => {
      const { payload } = await storyModel(l.tag);
      return { params: { payload: payload.path.replace(/^data\//, '').replace(/\.json$/, '') }, props: { json: payload.json } };
    }),
  );

export const GET: APIRoute = ({ props }) => new Response(props.json as string, { headers: { 'Content-Type': 'application/json' } });
