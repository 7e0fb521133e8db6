/** What each edition's offline worker precaches (scripts/build/offline.mjs). */
import { describe, expect, it } from 'vitest';
import { editionDir, editions, precachePatterns, workerConfig } from '../../scripts/build/offline.mjs';

describe('the offline workers', () => {
  it('one per edition, in its own folder', () => {
    expect(editions().map((e: { path: string }) => editionDir(e.path))).toEqual(['', 'ru/']);
  });

  it("precache the edition's own story, sources, lesson, figures and states, the shared data and fonts, and no kit", () => {
    const ru = precachePatterns('ru/', 'data/story.abc.json');
    expect(ru).toEqual(expect.arrayContaining(['ru/index.html', 'ru/sources/index.html', 'ru/classroom/index.html', 'ru/figures/*.svg', 'ru/404/index.html', 'data/story.abc.json', 'data/*.topo.json', '_astro/*.{js,css,woff2}']));
    expect(precachePatterns('', 'p.json')).toEqual(expect.arrayContaining(['index.html', 'figures/*.svg', '404.html']));
    for (const pattern of [...ru, ...precachePatterns('', 'p.json')]) expect(pattern).not.toMatch(/graphics|embed|downloads|republish/);
  });

  it('address files from the site root under a base path, and keep ?mode= on the same page', () => {
    const config = workerConfig({ dist: '/x/dist', base: '/border-lines/', dir: 'ru/', payload: 'data/story.abc.json' });
    expect(config.swDest).toBe('/x/dist/ru/sw.js');
    expect(config.modifyURLPrefix).toEqual({ '': '/border-lines/' });
    expect(config.skipWaiting).toBe(false);
    expect(config.ignoreURLParametersMatching.some((r: RegExp) => r.test('mode'))).toBe(true);
  });
});
