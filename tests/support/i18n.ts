/** Each edition's formats and messages, as the build makes them, for tests. */
import { formats, type Formats } from '../../src/lib/i18n/format.ts';
import { translatorFor } from '../../src/lib/i18n/load-messages.ts';
import { loadLocales } from '../../src/lib/i18n/locales.ts';

export const LOCALE_TAGS = loadLocales().map((l) => l.tag);
export const formatsFor = (tag: string): Formats => formats(translatorFor(tag));
export const en = formatsFor('en');
export const ru = formatsFor('ru');
