/**
 * The browser's payload: every step's complete graphic state and the slices of data its maps and
 * charts draw (src/lib/story/build-story.ts). Fetched when the reader first moves, not carried in
 * the story page.
 */
import type { APIRoute } from 'astro';
import { storyModel } from '../../lib/build/story-model.ts';

export const GET: APIRoute = async () => {
  const { story } = await storyModel();
  return new Response(JSON.stringify(story.payload), { headers: { 'Content-Type': 'application/json' } });
};
