/**
 * Where each edition lives on the site (src/content/locales.yaml): the source locale at the base
 * path, every other under its own folder (/ru/). Pages of every edition are the same components;
 * the routes under src/pages/[lang]/ ask for these paths. Build time only.
 */
import { loadLocales, type Locale } from '../i18n/locales.ts';
import { BASE } from './base.ts';

/** An edition's base path: "/" for English, "/ru/" for Russian (under the site's base). */
export const editionBase = (l: Pick<Locale, 'path'>): string => `${BASE}${l.path ? `${l.path}/` : ''}`;

/** The static paths of the editions under a folder of their own (every one but the root's). */
export function foldedEditions(): { params: { lang: string }; props: { tag: string } }[] {
  return loadLocales()
    .filter((l) => l.path !== '')
    .map((l) => ({ params: { lang: l.path }, props: { tag: l.tag } }));
}

/** The same page in every edition, for hreflang links and the language switch. */
export function alternates(path: string): { tag: string; name: string; href: string }[] {
  return loadLocales().map((l) => ({ tag: l.tag, name: l.name, href: `${editionBase(l)}${path}` }));
}
