/**
 * The browser's payload: every step's complete graphic state and the slices of data its maps and
 * charts draw (src/lib/story/build-story.ts), at an address named by its content (story-model.ts).
 * Fetched when the reader first moves, not carried in the story page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyModel } from '../../lib/build/story-model.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { payload } = await storyModel();
  return [{ params: { payload: payload.path.replace(/^data\//, '').replace(/\.json$/, '') }, props: { json: payload.json } }];
};

export const GET: APIRoute = ({ props }) => new Response(props.json as string, { headers: { 'Content-Type': 'application/json' } });
