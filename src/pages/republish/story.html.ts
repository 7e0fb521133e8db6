/** The source locale's text for republishing, as a file. */
import type { APIRoute } from 'astro';
import { republishResponse } from '../../lib/build/kit-responses.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';

export const GET: APIRoute = () => republishResponse(SOURCE_LOCALE);
