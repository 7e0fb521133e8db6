/**
 * One chapter's folded parts, by step: its "How we know" list and the table behind its chart, as
 * HTML (src/lib/render/). What a step's toggles load when the reader opens them, so the story page
 * does not carry them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyModel } from '../../lib/build/story-model.ts';
import { chartTableHtml } from '../../lib/render/chart-table-html.ts';
import { citedRowsHtml, type ChapterFragments } from '../../lib/render/sources-html.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { story } = await storyModel();
  return story.chapters.map((chapter) => ({
    params: { chapter: chapter.id },
    props: {
      parts: Object.fromEntries(
        story.steps
          .filter((s) => s.chapter.id === chapter.id)
          .map((s) => [s.id, { sources: citedRowsHtml(s.cited), ...(s.chart ? { table: chartTableHtml(s.id, s.chart.table) } : {}) }]),
      ) satisfies ChapterFragments,
    },
  }));
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.parts), { headers: { 'Content-Type': 'application/json' } });
