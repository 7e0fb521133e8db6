/**
 * "How we know" as HTML: the data rows a step rests on, what each says, how well it is supported,
 * and its sources. One serialiser for the sources page (for readers without JavaScript, and for
 * reading them all) and the per-chapter files a step's "How we know" loads when opened.
 */
import { formatSourceDate } from '../content/format.ts';
import type { CitedRow } from '../story/build-story.ts';
import { escapeXml as e } from './xml.ts';

export const CONFIDENCE: Record<string, string> = {
  solid: 'two or more independent sources',
  single: 'one source',
  disputed: 'accounts conflict',
  unconfirmed: 'not verified',
};

const row = (c: CitedRow) => {
  const sources = c.sources
    .map((s) => `<a href="${e(s.url)}" rel="noopener">${e(s.outlet)}</a>, ${e(formatSourceDate(String(s.date)))}${s.date_inferred ? ' (date inferred)' : ''}`)
    .join('; ');
  return (
    `<li><span class="how-we-know__text">${e(c.text)}</span> ` +
    `<span class="confidence confidence--${e(c.confidence)}">${e(CONFIDENCE[c.confidence] ?? c.confidence)}</span>` +
    `<span class="how-we-know__sources">${sources}</span>` +
    `<span class="how-we-know__ref">Data: ${e(c.ref)} · FACTS ${e(c.facts.join(', '))}</span></li>`
  );
};

export const citedRowsHtml = (cited: CitedRow[]): string => `<ul class="how-we-know__rows">${cited.map(row).join('')}</ul>`;

/** A chapter's file: for each of its steps, the parts its toggles load when opened. */
export type FragmentPart = 'sources' | 'table';
export type ChapterFragments = Record<string, Partial<Record<FragmentPart, string>>>;

/** Where a chapter's file is published, under the site's base path. */
export const chapterSourcesPath = (chapterId: string): string => `sources/${chapterId}.json`;
/** The sources page, and a step's place on it. */
export const SOURCES_PAGE = 'sources/';
