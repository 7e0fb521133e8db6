/**
 * The story as the build sees it, assembled once per build and shared by every page and endpoint
 * that needs it (the story page, its still figures, its source lists): the data set is loaded and
 * validated, the map files decoded and every step resolved and drawn only once.
 */
import { getCollection } from 'astro:content';
import { loadEdition, type Edition } from '../content/edition.ts';
import { loadDataset } from '../data/load.ts';
import { buildStory, type Story } from '../story/build-story.ts';

export interface StoryModel {
  edition: Edition;
  story: Story;
  /** the steps' Markdown entries, in story order (for rendering their bodies) */
  entries: Awaited<ReturnType<typeof getCollection<'steps'>>>;
}

let model: Promise<StoryModel> | null = null;

export function storyModel(): Promise<StoryModel> {
  model ??= (async () => {
    const chapters = (await getCollection('chapters')).map((c) => c.data).sort((a, b) => a.number - b.number);
    const entries = (await getCollection('steps')).sort((a, b) => a.id.localeCompare(b.id));
    const story = buildStory(
      entries.map((e) => e.data),
      chapters,
      loadDataset(),
    );
    return { edition: loadEdition(), story, entries };
  })();
  return model;
}
