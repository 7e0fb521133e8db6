/**
 * sitemap.xml: the site's readable pages in every edition, with hreflang alternates. Addresses are
 * absolute when the build knows the site's origin (SITE_URL, as a deployment sets it); a local
 * build without it lists them from the root.
 */
import type { APIRoute } from 'astro';
import { sitemapEntries, sitemapXml } from '../lib/site/sitemap.ts';
import { loadLocales } from '../lib/i18n/locales.ts';
import { editionBase } from '../lib/site/editions.ts';

/** The pages of each edition a reader may land on: the story and its sources. */
const PAGES = ['', 'sources/'];

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(sitemapEntries(PAGES, loadLocales().map((l) => ({ tag: l.tag, base: editionBase(l) }))), site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
