/**
 * The story as the build sees it, one edition at a time, assembled once per build and locale and
 * shared by every page and endpoint of that edition (its story page, still figures, source lists,
 * payload): the story file and the data set are read and validated once, the data's text and the
 * names put in the locale, every step resolved and drawn once.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { loadCorrections, type Correction } from '../content/corrections.ts';
import { loadEdition, type Edition } from '../content/edition.ts';
import { loadDataset } from '../data/load.ts';
import type { Dataset } from '../data/tables.ts';
import { localizeDataset } from '../i18n/data-text.ts';
import { formats, type Formats } from '../i18n/format.ts';
import { loadMessages, translatorFor } from '../i18n/load-messages.ts';
import { localeOf, type Locale } from '../i18n/locales.ts';
import { namesFor, type Names } from '../i18n/names.ts';
import { GLYPH_WIDTHS } from '../i18n/glyph-widths.ts';
import { useGlyphWidths } from '../i18n/measure.ts';
import { buildStory, type Story } from '../story/build-story.ts';
import { storyPayloadPath } from '../story/payload-path.ts';
import { readStory } from '../story/read-story.ts';
import { storyGraphics, type StoryGraphic } from '../graphics/registry.ts';
import { perEdition } from './per-edition.ts';

export interface StoryModel {
  locale: Locale;
  fmt: Formats;
  names: Names;
  edition: Edition;
  corrections: (Correction & { text: string })[];
  story: Story;
  /** the distinct graphics the story shows, for the newsroom kit (src/lib/graphics/) */
  graphics: StoryGraphic[];
  /** the edition's data set: the tables with their text in the edition's language */
  data: Dataset;
  /** the browser's payload as published, and its address (named by its content, so a page never
   * meets the payload of another build or edition: a cached page asks for the file it was built with) */
  payload: { json: string; path: string };
  /** the steps' Markdown entries in this locale, in story order (for rendering their bodies) */
  entries: Awaited<ReturnType<typeof getCollection<'steps'>>>;
}

let dataset: Dataset | undefined;
/** the edition's story model, made once */
export const storyModel: (tag: string) => Promise<StoryModel> = perEdition(build);

async function build(tag: string): Promise<StoryModel> {
  const locale = localeOf(tag);
  const file = readStory();
  const prefix = `${tag}/steps/`;
  const entries = (await getCollection('steps')).filter((e) => e.id.startsWith(prefix)).sort((a, b) => a.id.localeCompare(b.id));
  const want = file.steps.map((s) => s.id);
  const got = entries.map((e) => e.data.id);
  if (want.join() !== got.join()) {
    const missing = want.filter((id) => !got.includes(id));
    const extra = got.filter((id) => !want.includes(id));
    throw new Error(
      `src/content/${tag}/steps: locale "${tag}" must have one file per step of src/content/story.yaml, in its order` +
        (missing.length ? `; missing: ${missing.join(', ')}` : '') +
        (extra.length ? `; not in the story: ${extra.join(', ')}` : '') +
        (!missing.length && !extra.length ? `; the order differs (file names sort as ${got.join(', ')})` : ''),
    );
  }
  useGlyphWidths(GLYPH_WIDTHS);
  dataset ??= loadDataset();
  const data = localizeDataset(dataset, tag);
  const fmt = formats(translatorFor(tag));
  const names = namesFor(tag, dataset);
  const corrections = loadCorrections();
  const edition = loadEdition(tag, { chapters: file.chapters.map((c) => c.id), corrections: corrections.map((c) => c.id) });
  const chapters = file.chapters.map((c) => ({ ...c, title: edition.chapters[c.id]! }));
  const steps = file.steps.map((s, i) => ({ ...s, graphic: entries[i]!.data.graphic }));
  const story = buildStory(steps, chapters, data, { fmt, names, messages: loadMessages(tag), locale: fmt.locale });
  const json = JSON.stringify(story.payload);
  const path = storyPayloadPath(createHash('sha256').update(json).digest('hex').slice(0, 12));
  return {
    locale,
    fmt,
    names,
    edition,
    corrections: corrections.map((c) => ({ ...c, text: edition.corrections[c.id]! })),
    story,
    graphics: storyGraphics(story, edition.opening_map),
    data,
    payload: { json, path },
    entries,
  };
}
