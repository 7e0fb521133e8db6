/**
 * The row schemas on their own, for what the real tables do not exercise (the bad-input tests
 * break the real tables one thing at a time; these cases are narrower).
 */
import { describe, expect, it } from 'vitest';
import { httpUrl, placeRow } from '../../src/lib/data/schema.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe('the row schemas', () => {
  it('take only http(s) URLs written out in full, with a real host name', () => {
    expect(messages(httpUrl.safeParse('https://24.kg/english/'))).toEqual([]);
    expect(messages(httpUrl.safeParse('http://example.org'))).toEqual([]);
    expect(messages(httpUrl.safeParse('https:example.org/x'))).toEqual(['"https:example.org/x" must start with http:// or https://']);
    expect(messages(httpUrl.safeParse('HTTPS://example.org'))).toEqual(['"HTTPS://example.org" must start with http:// or https://']);
    expect(messages(httpUrl.safeParse('ftp://example.org'))).toEqual(['"ftp://example.org" is not an http(s) URL']);
    expect(messages(httpUrl.safeParse('https://localhost/'))).toEqual(['"https://localhost/" has no real host name']);
    expect(messages(httpUrl.safeParse('example.org'))).toEqual(['"example.org" is not a well-formed URL']);
  });

  it('mark a place approximate exactly when it is drawn at a proxy', () => {
    const place = {
      id: 'x',
      name: 'X',
      country: 'KGZ',
      kind: 'village',
      role: 'a test place',
      facts: ['B1'],
      confidence: 'solid',
      sources: [{ outlet: 'x', url: 'https://example.org/', date: '2021' }],
    };
    const located = { lon: 70.6, lat: 40.1, source: 'page', outlet: 'x', url: 'https://example.org/' };
    const approximateIssue = ['approximate must be true exactly when the location is a proxy'];
    expect(messages(placeRow.safeParse({ ...place, location: located, approximate: false }))).toEqual([]);
    expect(messages(placeRow.safeParse({ ...place, location: located, approximate: true }))).toEqual(approximateIssue);
    expect(messages(placeRow.safeParse({ ...place, location: { proxy: 'y' }, approximate: true }))).toEqual([]);
    expect(messages(placeRow.safeParse({ ...place, location: { proxy: 'y' }, approximate: false }))).toEqual(approximateIssue);
    expect(messages(placeRow.safeParse({ ...place, location: { unlocated: 'no source places it' }, approximate: true }))).toEqual(approximateIssue);
  });
});
