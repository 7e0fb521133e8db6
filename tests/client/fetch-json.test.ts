/** The files that fill in what the page leaves out: fetched once per address, a failure retried. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFiles } from '../../src/lib/client/fetch-json.ts';

afterEach(() => vi.unstubAllGlobals());

describe('jsonFiles', () => {
  it('fetches each address once and keeps what came', async () => {
    const fetch = vi.fn(async (url: string) => new Response(JSON.stringify({ url })));
    vi.stubGlobal('fetch', fetch);
    const get = jsonFiles<{ url: string }>();
    expect(await get('/a.json')).toEqual({ url: '/a.json' });
    expect(await get('/a.json')).toEqual({ url: '/a.json' });
    expect(await get('/b.json')).toEqual({ url: '/b.json' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('forgets a failure, so the next call tries again', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response('{"html":"<ol></ol>"}'));
    vi.stubGlobal('fetch', fetch);
    const get = jsonFiles<{ html: string }>();
    await expect(get('/sources/endnotes.json')).rejects.toThrow('/sources/endnotes.json: HTTP 503');
    await expect(get('/sources/endnotes.json')).rejects.toThrow('offline');
    expect(await get('/sources/endnotes.json')).toEqual({ html: '<ol></ol>' });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
