/**
 * What each edition writes: one Markdown file per step and locale (src/content/<tag>/steps/),
 * with the step's id, its graphic's title and description, and its text. The story itself
 * (chapters, steps, graphic states, cited rows) is src/content/story.yaml, read by
 * src/lib/story/read-story.ts, the same in every edition.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { stepTextSchema } from './lib/story/content-schema.ts';

const steps = defineCollection({
  // the entry's id is "<tag>/steps/<file name>", so each locale's files keep their own ids
  loader: glob({ pattern: '*/steps/*.md', base: 'src/content', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: stepTextSchema,
});

export const collections = { steps };
