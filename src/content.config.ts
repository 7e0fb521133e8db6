/**
 * The story as content: chapters (one YAML list) and steps (one Markdown file each, ordered by
 * their numeric filename prefix). A step's front matter declares its id, its chapter, its
 * graphic's title and written description, the change it makes to the graphic (a patch, see
 * src/lib/state/schema.ts), and the data rows its text and graphic rest on.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { statePatchSchema } from './lib/state/schema.ts';
import { TABLE_NAMES } from './lib/data/tables.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const rowRef = z.string().regex(new RegExp(`^(${TABLE_NAMES.join('|')})/[a-z0-9-]+$`), 'must be "<table>/<row id>"');

const chapters = defineCollection({
  loader: file('src/content/chapters.yaml'),
  schema: z
    .object({
      id: slug,
      number: z.number().int().positive(),
      title: z.string().min(1),
      /** a short name for the progress indicator */
      short: z.string().min(1),
    })
    .strict(),
});

const steps = defineCollection({
  loader: glob({ pattern: '*.md', base: 'src/content/steps' }),
  schema: z
    .object({
      id: slug,
      chapter: slug,
      graphic: z
        .object({
          /** the graphic's title: it states the finding */
          title: z.string().min(1),
          /** what the graphic shows, for readers who cannot see it */
          description: z.string().min(40),
        })
        .strict(),
      state: statePatchSchema.default({}),
      /** the data rows the step's text and graphic rest on: "<table>/<row id>" */
      cites: z.array(rowRef).min(1),
    })
    .strict(),
});

export const collections = { chapters, steps };
