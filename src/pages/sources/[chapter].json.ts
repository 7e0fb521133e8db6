/**
 * One chapter's "How we know" lists, step id → HTML (src/lib/render/sources-html.ts): what a
 * step's "How we know" loads when the reader opens it, so the story page does not carry them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyModel } from '../../lib/build/story-model.ts';
import { citedRowsHtml } from '../../lib/render/sources-html.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { story } = await storyModel();
  return story.chapters.map((chapter) => ({
    params: { chapter: chapter.id },
    props: { lists: Object.fromEntries(story.steps.filter((s) => s.chapter.id === chapter.id).map((s) => [s.id, citedRowsHtml(s.cited)])) },
  }));
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.lists), { headers: { 'Content-Type': 'application/json' } });
