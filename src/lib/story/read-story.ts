/**
 * The story's locale-neutral file (src/content/story.yaml): chapters and steps in reading order,
 * each step with its chapter, its graphic's state patch and its cited rows. Read by the build and
 * the tests alike; a bad step stops the build with the file, the line and the problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TABLE_NAMES } from '../data/tables.ts';
import { DataError } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';
import { statePatchSchema } from '../state/schema.ts';

export const STORY_FILE = 'src/content/story.yaml';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');
const rowRef = z.string().regex(new RegExp(`^(${TABLE_NAMES.join('|')})/[a-z0-9-]+$`), 'must be "<table>/<row id>"');

export const storySchema = z
  .object({
    chapters: z.array(z.object({ id: slug, number: z.number().int().positive() }).strict()).min(1),
    steps: z
      .array(
        z
          .object({
            id: slug,
            chapter: slug,
            state: statePatchSchema.default({}),
            /** the data rows the step's text and graphic rest on: "<table>/<row id>" */
            cites: z.array(rowRef).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type StoryFile = z.infer<typeof storySchema>;
export type StoryStepFile = StoryFile['steps'][number];

export function readStory(root = process.cwd()): StoryFile {
  const { value, issues, lineOf } = readYamlFile(STORY_FILE, readFileSync(join(root, STORY_FILE), 'utf8'));
  if (issues.length) throw new DataError(issues);
  const result = storySchema.safeParse(value);
  if (!result.success) {
    throw new DataError(
      result.error.issues.map((i) => {
        const step = i.path[0] === 'steps' ? (value as StoryFile).steps[i.path[1] as number]?.id : undefined;
        return { file: STORY_FILE, line: lineOf(i.path), ...(step ? { id: step } : {}), field: i.path.join('.'), message: i.message };
      }),
    );
  }
  return result.data;
}
