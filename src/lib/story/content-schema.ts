/**
 * The schema of a locale's step text (src/content/<tag>/steps/NNN-id.md front matter), shared by
 * the Astro content config and the tests (which cannot import astro:content). What a step shows
 * is in src/content/story.yaml, the same in every edition.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const stepTextSchema = z
  .object({
    id: slug,
    graphic: z
      .object({
        /** the graphic's title: it states the finding */
        title: z.string().min(1),
        /** what the graphic shows, for readers who cannot see it */
        description: z.string().min(40),
      })
      .strict(),
  })
  .strict();

export type StepText = z.infer<typeof stepTextSchema>;
