/** The sitemap's entries and XML (pure, so it is unit-tested): every readable page of every
 * edition, each with its other editions as hreflang alternates. */

export interface SitemapEntry {
  path: string;
  /** the same page in every edition (itself included) */
  alternates: { tag: string; path: string }[];
}

/** The readable pages (paths within an edition, '' for the story) in every edition (base paths). */
export function sitemapEntries(pages: string[], editions: { tag: string; base: string }[]): SitemapEntry[] {
  return pages.flatMap((page) => {
    const alternates = editions.map((e) => ({ tag: e.tag, path: `${e.base}${page}` }));
    return alternates.map((a) => ({ path: a.path, alternates }));
  });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(entries: SitemapEntry[], site: URL | undefined): string {
  const href = (p: string) => escape(site ? new URL(p, site).href : p);
  const urls = entries.map(
    (e) =>
      `  <url><loc>${href(e.path)}</loc>${e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.tag}" href="${href(a.path)}"/>`).join('')}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
