/**
 * The test fixture every spec uses: it records console errors, page errors and requests to any
 * host other than the local server, and fails the test if there were any. So "no console
 * errors" and "no request to another host" are checked on every page every test visits.
 *
 * Every spec runs in every edition: the project names the edition (`editionTag`), and `ed` gives
 * its pages' addresses (`ed.url('#vorukh')` is /#vorukh or /ru/#vorukh) and its own strings
 * (`ed.t('controls.next_label')`, from src/content/<tag>/ui.yaml), so tests find what the reader
 * sees by role and the locale's words, never by English text.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { translatorFor } from '../src/lib/i18n/load-messages.ts';
import { loadLocales, localeOf } from '../src/lib/i18n/locales.ts';
import type { Translator } from '../src/lib/i18n/messages.ts';
import { readStory } from '../src/lib/story/read-story.ts';

export interface Edition {
  tag: string;
  /** the edition's base path: "/" or "/ru/" */
  base: string;
  /** an address within the edition: url('#vorukh'), url('sources/') */
  url(path?: string): string;
  t: Translator['t'];
  /** the locale's number format */
  number: Translator['number'];
}

export const editionOf = (tag: string): Edition => {
  const l = localeOf(tag);
  const base = l.path ? `/${l.path}/` : '/';
  const tr = translatorFor(tag);
  return { tag, base, url: (path = '') => `${base}${path}`, t: tr.t, number: tr.number };
};

/** The story's steps, by chapter, in order (the same in every edition). */
export const STORY = readStory();
export const ALL_STEPS = STORY.steps.map((s) => s.id);

/**
 * An edition's share of a slow sweep over the steps: the editions take the steps in turn (with
 * two, English the 1st, 3rd, 5th…, Russian the 2nd, 4th…), so every step is swept in every layout
 * once, in one edition or another, and adding an edition does not add another whole sweep.
 */
const EDITION_TAGS = loadLocales().map((l) => l.tag);
export const editionShare = <T>(items: readonly T[], tag: string): T[] => items.filter((_, i) => i % EDITION_TAGS.length === EDITION_TAGS.indexOf(tag));

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** hosts that are the site too (a test that serves dist/ on a port of its own adds its own) */
  siteHosts: string[];
}

/** Collects a page's console errors and its requests to any host but the site's `siteHosts`. */
export function watchPage(page: Page, siteHosts: string[]): Watch {
  const watch: Watch = { consoleErrors: [], foreignRequests: [], siteHosts };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !watch.siteHosts.includes(url.host)) {
      watch.foreignRequests.push(request.url());
    }
  });
  return watch;
}

export const test = base.extend<{ watch: Watch; ed: Edition }, { editionTag: string }>({
  editionTag: ['en', { option: true, scope: 'worker' }],
  ed: async ({ editionTag }, use) => use(editionOf(editionTag)),
  watch: [
    async ({ page, baseURL }, use) => {
      const watch = watchPage(page, [new URL(baseURL!).host]);
      await use(watch);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
