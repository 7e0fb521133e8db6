/** The sitemap's page list and XML (pure, so it is unit-tested). */

/**
 * Site paths of the page files (`./index.astro`, `./classroom/index.astro`, `./glossary.astro`),
 * under `base`. Pages that are not for reading on their own (404, dynamic routes) are left out.
 */
export function sitemapPaths(pageFiles: string[], base: string): string[] {
  return pageFiles
    .map((f) => f.replace(/^\.\//, '').replace(/\.astro$/, ''))
    .filter((f) => !/(^|\/)404$/.test(f) && !f.includes('['))
    .map((f) => f.replace(/(^|\/)index$/, ''))
    .map((f) => `${base}${f ? `${f}/` : ''}`)
    .sort();
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(paths: string[], site: URL | undefined): string {
  const urls = paths.map((p) => `  <url><loc>${escape(site ? new URL(p, site).href : p)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
