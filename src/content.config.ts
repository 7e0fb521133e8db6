/**
 * The story as content: chapters (one YAML list) and steps (one Markdown file each, ordered by
 * their numeric filename prefix). A step's front matter declares its id, its chapter, its
 * graphic's title and written description, the change it makes to the graphic (a patch, see
 * src/lib/state/schema.ts), and the data rows its text and graphic rest on.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, stepSchema } from './lib/story/content-schema.ts';

const chapters = defineCollection({ loader: file('src/content/chapters.yaml'), schema: chapterSchema });
const steps = defineCollection({ loader: glob({ pattern: '*.md', base: 'src/content/steps' }), schema: stepSchema });

export const collections = { chapters, steps };
