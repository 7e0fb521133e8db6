/**
 * How to cite the story (src/lib/classroom/citation.ts): the exact citations of a fixed record in
 * each style, for the English and the Russian edition, with and without the site's address; the
 * HTML escaped, its dates in <time>, its languages marked; the record built from an edition.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accessDate,
  chicagoDate,
  CITATION_STYLES,
  cite,
  citationRecord,
  gostDate,
  mlaDate,
  titleCase,
  type CitationRecord,
} from '../../src/lib/classroom/citation.ts';

const en = citationRecord(
  { title: 'Border Lines', headline: 'How Kyrgyzstan and Tajikistan fought over their border, and then agreed it', published: '2026-11-24', updated: '2026-12-01', tag: 'en' },
  'https://example.org/',
  '2026-12-03',
);
const ru = citationRecord(
  { title: 'Линия границы', headline: 'Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней', published: '2026-12-01', updated: '2026-12-01', tag: 'ru' },
  'https://example.org/ru/',
  '2026-12-03',
);

/** edition / with or without its address / style → the citation on the edition's own page */
const EXPECTED: Record<string, { text: string; html: string }> = {
  'en/url/apa': {
    text: 'Border Lines. (2026, December 1). Border Lines: How Kyrgyzstan and Tajikistan fought over their border, and then agreed it. https://example.org/',
    html: 'Border Lines. (2026, December 1). <i>Border Lines: How Kyrgyzstan and Tajikistan fought over their border, and then agreed it</i>. https://example.org/',
  },
  'en/url/mla': {
    text: '“Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” Border Lines, 1 Dec. 2026, example.org/. Accessed 3 Dec. 2026.',
    html: '“Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” <i>Border Lines</i>, <time datetime=\"2026-12-01\">1 Dec. 2026</time>, example.org/. Accessed <time datetime=\"2026-12-03\">3 Dec. 2026</time>.',
  },
  'en/url/chicago': {
    text: 'Border Lines. “Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” Last modified December 1, 2026. Accessed December 3, 2026. https://example.org/.',
    html: 'Border Lines. “Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” Last modified <time datetime=\"2026-12-01\">December 1, 2026</time>. Accessed <time datetime=\"2026-12-03\">December 3, 2026</time>. https://example.org/.',
  },
  'en/url/gost': {
    text: 'Border Lines : How Kyrgyzstan and Tajikistan fought over their border, and then agreed it. – Текст : электронный // Border Lines : [сайт]. – Дата публикации: 24.11.2026. – Дата обновления: 01.12.2026. – URL: https://example.org/ (дата обращения: 03.12.2026).',
    html: '<span lang=\"ru\"><span lang=\"en\">Border Lines</span> : <span lang=\"en\">How Kyrgyzstan and Tajikistan fought over their border, and then agreed it</span>. – Текст : электронный // <span lang=\"en\">Border Lines</span> : [сайт]. – Дата публикации: <time datetime=\"2026-11-24\">24.11.2026</time>. – Дата обновления: <time datetime=\"2026-12-01\">01.12.2026</time>. – URL: https://example.org/ (дата обращения: <time datetime=\"2026-12-03\">03.12.2026</time>).</span>',
  },
  'en/no-url/apa': {
    text: 'Border Lines. (2026, December 1). Border Lines: How Kyrgyzstan and Tajikistan fought over their border, and then agreed it.',
    html: 'Border Lines. (2026, December 1). <i>Border Lines: How Kyrgyzstan and Tajikistan fought over their border, and then agreed it</i>.',
  },
  'en/no-url/mla': {
    text: '“Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” Border Lines, 1 Dec. 2026. Accessed 3 Dec. 2026.',
    html: '“Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” <i>Border Lines</i>, <time datetime=\"2026-12-01\">1 Dec. 2026</time>. Accessed <time datetime=\"2026-12-03\">3 Dec. 2026</time>.',
  },
  'en/no-url/chicago': {
    text: 'Border Lines. “Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” Last modified December 1, 2026. Accessed December 3, 2026.',
    html: 'Border Lines. “Border Lines: How Kyrgyzstan and Tajikistan Fought over Their Border, and Then Agreed It.” Last modified <time datetime=\"2026-12-01\">December 1, 2026</time>. Accessed <time datetime=\"2026-12-03\">December 3, 2026</time>.',
  },
  'en/no-url/gost': {
    text: 'Border Lines : How Kyrgyzstan and Tajikistan fought over their border, and then agreed it. – Текст : электронный // Border Lines : [сайт]. – Дата публикации: 24.11.2026. – Дата обновления: 01.12.2026.',
    html: '<span lang=\"ru\"><span lang=\"en\">Border Lines</span> : <span lang=\"en\">How Kyrgyzstan and Tajikistan fought over their border, and then agreed it</span>. – Текст : электронный // <span lang=\"en\">Border Lines</span> : [сайт]. – Дата публикации: <time datetime=\"2026-11-24\">24.11.2026</time>. – Дата обновления: <time datetime=\"2026-12-01\">01.12.2026</time>.</span>',
  },
  'ru/url/apa': {
    text: 'Линия границы. (2026, December 1). Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней. https://example.org/ru/',
    html: '<span lang=\"en\"><span lang=\"ru\">Линия границы</span>. (2026, December 1). <i><span lang=\"ru\">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span></i>. https://example.org/ru/</span>',
  },
  'ru/url/mla': {
    text: '“Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней.” Линия границы, 1 Dec. 2026, example.org/ru/. Accessed 3 Dec. 2026.',
    html: '<span lang=\"en\">“<span lang=\"ru\">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span>.” <span lang=\"ru\"><i>Линия границы</i></span>, <time datetime=\"2026-12-01\">1 Dec. 2026</time>, example.org/ru/. Accessed <time datetime=\"2026-12-03\">3 Dec. 2026</time>.</span>',
  },
  'ru/url/chicago': {
    text: 'Линия границы. “Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней.” Published December 1, 2026. Accessed December 3, 2026. https://example.org/ru/.',
    html: '<span lang=\"en\"><span lang=\"ru\">Линия границы</span>. “<span lang=\"ru\">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span>.” Published <time datetime=\"2026-12-01\">December 1, 2026</time>. Accessed <time datetime=\"2026-12-03\">December 3, 2026</time>. https://example.org/ru/.</span>',
  },
  'ru/url/gost': {
    text: 'Линия границы : как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней. – Текст : электронный // Линия границы : [сайт]. – Дата публикации: 01.12.2026. – URL: https://example.org/ru/ (дата обращения: 03.12.2026).',
    html: 'Линия границы : как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней. – Текст : электронный // Линия границы : [сайт]. – Дата публикации: <time datetime=\"2026-12-01\">01.12.2026</time>. – URL: https://example.org/ru/ (дата обращения: <time datetime=\"2026-12-03\">03.12.2026</time>).',
  },
  'ru/no-url/apa': {
    text: 'Линия границы. (2026, December 1). Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней.',
    html: '<span lang=\"en\"><span lang=\"ru\">Линия границы</span>. (2026, December 1). <i><span lang=\"ru\">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span></i>.</span>',
  },
  'ru/no-url/mla': {
    text: '“Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней.” Линия границы, 1 Dec. 2026. Accessed 3 Dec. 2026.',
    html: '<span lang=\"en\">“<span lang=\"ru\">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span>.” <span lang=\"ru\"><i>Линия границы</i></span>, <time datetime=\"2026-12-01\">1 Dec. 2026</time>. Accessed <time datetime=\"2026-12-03\">3 Dec. 2026</time>.</span>',
  },
  'ru/no-url/chicago': {
    text: 'Линия границы. “Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней.” Published December 1, 2026. Accessed December 3, 2026.',
    html: '<span lang=\"en\"><span lang=\"ru\">Линия границы</span>. “<span lang=\"ru\">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span>.” Published <time datetime=\"2026-12-01\">December 1, 2026</time>. Accessed <time datetime=\"2026-12-03\">December 3, 2026</time>.</span>',
  },
  'ru/no-url/gost': {
    text: 'Линия границы : как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней. – Текст : электронный // Линия границы : [сайт]. – Дата публикации: 01.12.2026.',
    html: 'Линия границы : как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней. – Текст : электронный // Линия границы : [сайт]. – Дата публикации: <time datetime=\"2026-12-01\">01.12.2026</time>.',
  },
};

describe('citations of a fixed record', () => {
  for (const [name, record] of [
    ['en', en],
    ['ru', ru],
  ] as const) {
    for (const withUrl of [true, false]) {
      for (const style of CITATION_STYLES) {
        const key = `${name}/${withUrl ? 'url' : 'no-url'}/${style}`;
        it(key, () => {
          const c = cite(withUrl ? record : { ...record, url: null }, style, name);
          expect({ text: c.text, html: c.html }).toEqual(EXPECTED[key]);
          expect(c.lang).toBe(style === 'gost' ? 'ru' : 'en');
        });
      }
    }
  }

  it('writes each style\'s dates', () => {
    expect(mlaDate('2026-12-01')).toBe('1 Dec. 2026');
    expect(mlaDate('2026-09-05')).toBe('5 Sept. 2026');
    expect(mlaDate('2026-06-30')).toBe('30 June 2026');
    expect(chicagoDate('2026-12-01')).toBe('December 1, 2026');
    expect(gostDate('2026-12-01')).toBe('01.12.2026');
    expect(cite(en, 'apa', 'en').text).toContain('(2026, December 1)');
  });

  it('gives the access date, in a <time>, in every style but APA (a dated page has none in APA 7)', () => {
    for (const style of ['mla', 'chicago', 'gost'] as const) expect(cite(en, style, 'en').html).toContain('<time datetime="2026-12-03">');
    expect(cite(en, 'apa', 'en').html).not.toContain('2026-12-03');
  });

  it('marks the languages for a page in the other language', () => {
    // the Russian record's English-convention citation on an English page: only the record's words are marked
    expect(cite(ru, 'mla', 'en').html).toBe(
      '“<span lang="ru">Линия границы: Как Кыргызстан и Таджикистан воевали из-за границы — и как потом договорились о ней</span>.” <span lang="ru"><i>Линия границы</i></span>, <time datetime="2026-12-01">1 Dec. 2026</time>, example.org/ru/. Accessed <time datetime="2026-12-03">3 Dec. 2026</time>.',
    );
    // GOST of the Russian record on an English page: all of it is Russian
    expect(cite(ru, 'gost', 'en').html).toMatch(/^<span lang="ru">Линия границы : как [^<]*<time/);
    // the English record's APA on a Russian page
    expect(cite(en, 'apa', 'ru').html).toBe(`<span lang="en">${EXPECTED['en/url/apa']!.html}</span>`);
    // the text is the same whatever the page
    for (const style of CITATION_STYLES) expect(cite(ru, style, 'en').text).toBe(cite(ru, style, 'ru').text);
  });
});

describe('escaping', () => {
  const awkward: CitationRecord = {
    ...en,
    title: 'Lines & <Borders>',
    subtitle: 'a "quoted" <b>part</b>',
    container: 'Site & Co',
    authors: [{ corporate: 'Desk <x>' }],
    publisher: 'Site & Co',
    url: 'https://example.org/?a=1&b=<2>',
  };
  for (const style of CITATION_STYLES) {
    it(style, () => {
      const { text, html } = cite(awkward, style, 'en');
      // the text keeps every character; the HTML has no tag but its own
      expect(text).toContain('Lines & <Borders>');
      expect(text).toMatch(/<b>part<\/b>|<B>part<\/b>/);
      expect(html).toContain('Lines &amp; &lt;Borders&gt;');
      expect(html).not.toMatch(/<(?!\/?(i|span|time)\b)[a-z]/i);
      expect(html).not.toContain('<b>');
      expect(html).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    });
  }

  it('APA through citeproc keeps a title\'s angle brackets as text', () => {
    expect(cite(awkward, 'apa', 'en')).toMatchObject({
      text: 'Desk <x>. (2026, December 1). Lines & <Borders>: a “quoted” <b>part</b>. Site & Co. https://example.org/?a=1&b=<2>',
      html: 'Desk &lt;x&gt;. (2026, December 1). <i>Lines &amp; &lt;Borders&gt;: a “quoted” &lt;b&gt;part&lt;/b&gt;</i>. Site &amp; Co. https://example.org/?a=1&amp;b=&lt;2&gt;',
    });
  });

  it('MLA and Chicago make quotation marks inside a title single', () => {
    expect(cite(awkward, 'mla', 'en').text).toContain('“Lines & <Borders>: A ‘Quoted’');
    expect(cite(awkward, 'chicago', 'en').text).toContain('“Lines & <Borders>: A ‘Quoted’');
  });
});

describe('personal authors', () => {
  const two: CitationRecord = { ...en, authors: [{ family: 'Ivanova', given: 'Anna Petrovna' }, { family: 'Smith', given: 'John' }] };
  const three: CitationRecord = { ...two, authors: [...two.authors, { family: 'Doe', given: 'Jane' }] };
  it('lists them as each style does', () => {
    expect(cite(two, 'apa', 'en').text).toMatch(/^Ivanova, A\. P\., & Smith, J\. \(2026, December 1\)\. .* Border Lines\. https:\/\/example\.org\/$/);
    expect(cite(two, 'mla', 'en').text).toMatch(/^Ivanova, Anna Petrovna, and John Smith\. “Border Lines: /);
    expect(cite(three, 'mla', 'en').text).toMatch(/^Ivanova, Anna Petrovna, et al\. “/);
    expect(cite(three, 'chicago', 'en').text).toMatch(/^Ivanova, Anna Petrovna, John Smith, and Jane Doe\. “.*” Border Lines\. Last modified /);
    expect(cite(three, 'gost', 'en').text).toMatch(/^Ivanova, A\. P\. Border Lines : How .* \/ A\. P\. Ivanova, J\. Smith, J\. Doe\. – Текст : электронный \/\/ Border Lines : \[сайт\]\./);
  });
});

describe('title case (MLA, Chicago)', () => {
  it('capitalises the principal words and the first after a colon', () => {
    expect(titleCase('Border Lines: how the line was drawn up to the river')).toBe('Border Lines: How the Line Was Drawn up to the River');
    expect(titleCase('the war of the OpenStreetMap data')).toBe('The War of the OpenStreetMap Data');
  });
});

describe('the record', () => {
  it('is built from each edition: the project as corporate author, site and publisher', () => {
    for (const tag of ['en', 'ru']) {
      const e = parse(readFileSync(`src/content/${tag}/edition.yaml`, 'utf8')) as Record<string, unknown>;
      const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
      const edition = { title: String(e.title), headline: String(e.headline), published: iso(e.published), updated: iso(e.updated), tag };
      const r = citationRecord(edition, null, '2026-12-03');
      expect(r).toEqual({
        title: edition.title,
        subtitle: edition.headline,
        container: edition.title,
        authors: [{ corporate: edition.title }],
        publisher: edition.title,
        published: edition.published,
        updated: edition.updated,
        url: null,
        language: tag,
        accessed: '2026-12-03',
      });
      for (const style of CITATION_STYLES) expect(cite(r, style, tag).text).toContain(edition.title);
    }
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => citationRecord({ title: 'T', headline: 'H', published: '2026-12-01', updated: '2026-12-01', tag: 'en' }, null, '3 Dec 2026')).toThrow(/accessed/);
  });
});

describe('the access date', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });
  it('is the build\'s date in UTC, or SOURCE_DATE_EPOCH\'s', () => {
    expect(accessDate(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-03');
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 11, 1, 12) / 1000);
    expect(accessDate()).toBe('2026-12-01');
    delete process.env.SOURCE_DATE_EPOCH;
    expect(accessDate()).toBe(new Date().toISOString().slice(0, 10));
  });
});
