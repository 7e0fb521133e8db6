/**
 * robots.txt: everything may be crawled. It names the sitemap when the build knows the site's
 * address (SITE_URL); a sitemap must be given as an absolute address.
 */
import type { APIRoute } from 'astro';
import { BASE } from '../lib/site/base.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(`${BASE}sitemap.xml`, site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
