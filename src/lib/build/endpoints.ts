/**
 * What an edition's endpoints publish, for the routes at the root (the source locale) and under
 * src/pages/[lang]/ (every other): its still figures, its chapters' folded parts and the printed
 * story's endnotes.
 */
import { storyModel } from './story-model.ts';
import { chartTableHtml } from '../render/chart-table-html.ts';
import { citedRowsHtml, endnotesHtml, type ChapterFragments, type EndnotesFile } from '../render/sources-html.ts';
import { endnotes } from '../story/endnotes.ts';
import { stillFigureSvg, type StillGraphic } from '../render/still-figure.ts';

/** Every step's still figure, and the opening map's, as a self-contained SVG file. */
export async function figureFiles(tag: string): Promise<{ id: string; svg: string }[]> {
  const { story, edition, fmt } = await storyModel(tag);
  const graphics: StillGraphic[] = [
    { id: 'opening', ...edition.opening_map, stamp: null, map: story.opening.map, chart: null },
    ...story.steps.map((s) => ({ id: s.id, ...s.graphic, stamp: s.state.stamp ? fmt.stamp(s.state.stamp) : null, map: s.map, chart: s.chart?.frame ?? null })),
  ];
  return graphics.map((g) => ({ id: g.id, svg: stillFigureSvg(g, fmt) }));
}

/** One chapter's folded parts, by step: its "How we know" list and the table behind its chart. */
export async function chapterFragments(tag: string): Promise<{ chapter: string; parts: ChapterFragments }[]> {
  const { story, fmt } = await storyModel(tag);
  return story.chapters.map((chapter) => ({
    chapter: chapter.id,
    parts: Object.fromEntries(
      story.steps
        .filter((s) => s.chapter.id === chapter.id)
        .map((s) => [s.id, { sources: citedRowsHtml(s.cited, fmt), ...(s.chart ? { table: chartTableHtml(s.id, s.chart.table) } : {}) }]),
    ),
  }));
}

/** The printed story's endnotes, numbered as the steps' notes give them. */
export async function endnotesFile(tag: string): Promise<EndnotesFile> {
  const { story, fmt } = await storyModel(tag);
  return { html: endnotesHtml(endnotes(story.steps).sources, fmt) };
}
