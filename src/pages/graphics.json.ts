/** The source locale's catalogue of graphics. */
import type { APIRoute } from 'astro';
import { catalogueResponse } from '../lib/build/kit-responses.ts';
import { SOURCE_LOCALE } from '../lib/i18n/locales.ts';

export const GET: APIRoute = () => catalogueResponse(SOURCE_LOCALE);
