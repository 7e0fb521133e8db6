/** The source locale's printed endnotes, fetched for paper (src/lib/build/endpoints.ts). */
import type { APIRoute } from 'astro';
import { endnotesFile } from '../../lib/build/endpoints.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await endnotesFile(SOURCE_LOCALE)), { headers: { 'Content-Type': 'application/json' } });
