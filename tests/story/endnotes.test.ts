/** The printed story's endnotes: numbered once each by address, in order of first citation. */
import { describe, expect, it } from 'vitest';
import { endnotes, noteRanges } from '../../src/lib/story/endnotes.ts';

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

});
