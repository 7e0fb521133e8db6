/**
 * The story as the build sees it, assembled once per build and shared by every page and endpoint
 * that needs it (the story page, its still figures, its source lists): the data set is loaded and
 * validated, the map files decoded and every step resolved and drawn only once.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { loadEdition, type Edition } from '../content/edition.ts';
import { loadDataset } from '../data/load.ts';
import { buildStory, type Story } from '../story/build-story.ts';
import { storyPayloadPath } from '../story/payload-path.ts';

export interface StoryModel {
  edition: Edition;
  story: Story;
  /** the browser's payload as published, and its address (named by its content, so a page never
   * meets the payload of another build: a cached page asks for the file it was built with) */
  payload: { json: string; path: string };
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
    const json = JSON.stringify(story.payload);
    const path = storyPayloadPath(createHash('sha256').update(json).digest('hex').slice(0, 12));
    return { edition: loadEdition(), story, entries, payload: { json, path } };
  })();
  return model;
}
