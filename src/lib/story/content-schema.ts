/**
 * The schema of the story's content files, shared by the Astro content config and the tests
 * (which cannot import astro:content).
 */
import { z } from 'zod';
import { statePatchSchema } from '../state/schema.ts';
import { TABLE_NAMES } from '../data/tables.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const rowRef = z.string().regex(new RegExp(`^(${TABLE_NAMES.join('|')})/[a-z0-9-]+$`), 'must be "<table>/<row id>"');

export const chapterSchema = z
  .object({
    id: slug,
    number: z.number().int().positive(),
    title: z.string().min(1),
  })
  .strict();

export const stepSchema = z
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
  .strict();

export type StepData = z.infer<typeof stepSchema>;
