/** The printed story's endnotes: numbered once each by address, in order of first citation. */
import { describe, expect, it } from 'vitest';
import { endnotes, noteRanges } from '../../src/lib/story/endnotes.ts';
import { endnotesHtml } from '../../src/lib/render/sources-html.ts';
import { en, ru } from '../support/i18n.ts';

const src = (url: string) => ({ outlet: url, url, date: '2022-09-16' }) as never;

describe('endnotes', () => {
  it('numbers each address once, in the order the steps first cite it', () => {
    const notes = endnotes([
      { id: 'a', cited: [{ sources: [src('u1'), src('u2')] }, { sources: [src('u1')] }] },
      { id: 'b', cited: [{ sources: [src('u3'), src('u2')] }] },
      { id: 'c', cited: [] },
    ]);
    expect(notes.sources.map((s) => s.url)).toEqual(['u1', 'u2', 'u3']);
    expect(notes.byStep.get('a')).toEqual([1, 2]);
    expect(notes.byStep.get('b')).toEqual([2, 3]);
    expect(notes.byStep.get('c')).toEqual([]);
  });

  it('writes runs of three or more as ranges', () => {
    expect(noteRanges([1, 2, 3, 5, 7, 8, 10, 11, 12, 13])).toBe('1–3, 5, 7, 8, 10–13');
    expect(noteRanges([])).toBe('');
  });

  it('prints each source once, in order, escaped, its address without the scheme', () => {
    const sources = [
      { outlet: 'AKIpress', url: 'https://akipress.com/news:1?a=1&b=2', date: '2022-09-16' },
      { outlet: 'Asia-Plus <Dushanbe>', url: 'http://www.asiaplustj.info/en/news/1', date: '2021-04-30' },
    ] as never[];
    const html = endnotesHtml(sources, en);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html.indexOf('AKIpress')).toBeLessThan(html.indexOf('Asia-Plus'));
    expect(html).toContain('akipress.com/news:1?a=1&amp;b=2');
    expect(html).toContain('Asia-Plus &lt;Dushanbe&gt;');
    expect(html).toContain('>asiaplustj.info/en/news/1<');
    expect(html).not.toContain('http');
    expect(endnotesHtml(sources, ru)).toContain(ru.t('print.endnotes'));
  });
});
