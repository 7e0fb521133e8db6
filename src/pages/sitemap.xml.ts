/**
 * sitemap.xml: the site's readable pages. Addresses are absolute when the build knows the site's
 * origin (SITE_URL, as a deployment sets it); a local build without it lists them from the root.
 */
import type { APIRoute } from 'astro';
import { sitemapPaths, sitemapXml } from '../lib/site/sitemap.ts';
import { BASE } from '../lib/site/base.ts';

export const GET: APIRoute = ({ site }) => {
  const pages = import.meta.glob('./**/*.astro');
  return new Response(sitemapXml(sitemapPaths(Object.keys(pages), BASE), site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
