/**
 * "How we know" as HTML: the data rows a step rests on, what each says, how well it is supported,
 * and its sources. One serialiser for the sources page (for readers without JavaScript, and for
 * reading them all) and the per-chapter files a step's "How we know" loads when opened.
 */
import type { Confidence, Source } from '../data/schema.ts';
import type { Formats } from '../i18n/format.ts';
import type { CitedRow } from '../story/build-story.ts';
import { escapeXml as e } from './xml.ts';

/** A source's date as the lists give it ("29 April 2021", "undated", "(date inferred)"). */
export const sourceDate = (s: { date: unknown; date_inferred?: boolean }, fmt: Formats): string =>
  (String(s.date) === 'undated' ? fmt.t('sources.undated') : fmt.date(String(s.date))) + (s.date_inferred ? ` ${fmt.t('sources.date_inferred')}` : '');

/** Sources as links, each with its date: "<a>RFE/RL</a>, 17 September 2022; <a>…</a>". */
export const sourceLinksHtml = (sources: readonly { url: string; outlet: string; date: unknown; date_inferred?: boolean }[], fmt: Formats): string =>
  sources.map((s) => `<a href="${e(s.url)}" rel="noopener">${e(s.outlet)}</a>, ${e(sourceDate(s, fmt))}`).join('; ');

const row = (c: CitedRow, fmt: Formats) => {
  const sources = sourceLinksHtml(c.sources, fmt);
  return (
    `<li><span class="how-we-know__text">${e(c.text)}</span> ` +
    `<span class="confidence confidence--${e(c.confidence)}">${e(fmt.t(`confidence.${c.confidence as Confidence}`))}</span>` +
    `<span class="how-we-know__sources">${sources}</span>` +
    `<span class="how-we-know__ref">${e(fmt.t('sources.ref', { ref: c.ref, facts: c.facts.join(', ') }))}</span></li>`
  );
};

export const citedRowsHtml = (cited: CitedRow[], fmt: Formats): string => `<ul class="how-we-know__rows">${cited.map((c) => row(c, fmt)).join('')}</ul>`;

/** A chapter's file: for each of its steps, the parts its toggles load when opened. */
export type FragmentPart = 'sources' | 'table';
export type ChapterFragments = Record<string, Partial<Record<FragmentPart, string>>>;

/** Where a chapter's file is published, under the site's base path. */
export const chapterSourcesPath = (chapterId: string): string => `sources/${chapterId}.json`;
/** The printed story's numbered endnotes (src/lib/story/endnotes.ts): a file the story fetches
 * for paper, so the page itself does not carry them. */
export const ENDNOTES_FILE = 'sources/endnotes.json';
export interface EndnotesFile {
  html: string;
}

/** The endnotes as HTML: every source, in the order the story first cites it (on paper an
 * address reads without its scheme: "24.kg/english/…"). */
export const endnotesHtml = (sources: readonly Source[], fmt: Formats): string =>
  `<section class="endnotes print-only" aria-labelledby="endnotes-heading"><h2 id="endnotes-heading">${e(fmt.t('print.endnotes'))}</h2><ol>` +
  sources.map((s) => `<li>${e(s.outlet)}, ${e(sourceDate(s, fmt))}. <span class="endnotes__url">${e(s.url.replace(/^https?:\/\/(www\.)?/, ''))}</span></li>`).join('') +
  '</ol></section>';

/** The sources page, and a step's place on it. */
export const SOURCES_PAGE = 'sources/';
