import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { checkSite, fileFor } from '../../scripts/check/site-check.ts';
import { sitemapEntries, sitemapXml } from '../../src/lib/site/sitemap.ts';
import { contentSecurityPolicy } from '../../src/lib/site/security.ts';

const BOOT = 'document.documentElement.dataset.js = "";';
const CSP = contentSecurityPolicy([BOOT]);
const HEADERS = `/*\n  Content-Security-Policy: ${CSP}; frame-ancestors *\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: camera=()\n`;
const page = (body: string, head = `<meta http-equiv="Content-Security-Policy" content="${CSP}"><script>${BOOT}</script>`) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const site = (files: Record<string, string>, base = '/') => ({ files: new Map(Object.entries({ _headers: HEADERS, ...files })), base });

describe('checkSite', () => {
  it('passes a page whose links, anchors and policy are all in order', () => {
    const files = {
      'index.html': page('<a href="#a">a</a><h2 id="a">A</h2><a href="glossary/#term">g</a><a href="https://www.example.org/report?x=1">source</a><img src="/figures/x.svg" alt="">'),
      'glossary/index.html': page('<dfn id="term">term</dfn><a href="../">home</a>'),
      'figures/x.svg': '<svg id="x"></svg>',
    };
    expect(checkSite(site(files))).toEqual([]);
  });

  it('finds a missing anchor, a missing page and a malformed source address', () => {
    const files = { 'index.html': page('<a href="#nowhere">a</a><a href="/classroom/">c</a><a href="htps//broken">s</a>') };
    const problems = checkSite(site(files));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('no element with id "nowhere"');
    expect(problems[1]).toContain('not in the build');
    expect(problems[2]).toContain('leads to a file that is not in the build'); // a relative path, resolved on the site
  });

  it('rejects addresses that are not http(s) and resources from another host', () => {
    const files = { 'index.html': page('<a href="javascript:alert(1)">x</a><img src="https://cdn.example.com/a.png" alt="">') };
    const problems = checkSite(site(files));
    expect(problems.some((p) => p.includes('javascript:alert(1)') && p.includes('not a well-formed'))).toBe(true);
    expect(problems.some((p) => p.includes('loads from another host'))).toBe(true);
  });

  it('checks the markup inside <noscript> too', () => {
    const files = { 'index.html': page('<noscript><figure><use href="/figures/x.svg#missing"/></figure></noscript>'), 'figures/x.svg': '<svg><g id="base"/></svg>' };
    expect(checkSite(site(files))).toEqual([expect.stringContaining('no element with id "missing"')]);
  });

  it('catches an inline script the policy does not allow, a page without a policy, and a stale _headers', () => {
    const unlisted = page('', `<meta http-equiv="Content-Security-Policy" content="${CSP}"><script>alert(1)</script>`);
    expect(checkSite(site({ 'index.html': unlisted }))[0]).toContain('not allowed by the policy');
    expect(checkSite(site({ 'index.html': page('', '') }))[0]).toContain('no Content-Security-Policy');
    const stale = { ...site({ 'index.html': page('') }) };
    stale.files.set('_headers', HEADERS.replace(CSP, "default-src 'self'"));
    expect(checkSite(stale)[0]).toContain('differs from _headers');
  });

  it('allows the boot script by its hash and never by unsafe-inline', () => {
    const hash = createHash('sha256').update(BOOT).digest('base64');
    expect(CSP).toContain(`'sha256-${hash}'`);
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(CSP).toContain("object-src 'none'");
  });

  it('resolves paths under a base path', () => {
    const s = site({ 'index.html': '', 'a/index.html': '', 'x.svg': '' }, '/border-lines/');
    expect(fileFor('/border-lines/', s)).toBe('index.html');
    expect(fileFor('/border-lines/a/', s)).toBe('a/index.html');
    expect(fileFor('/border-lines/a', s)).toBe('a/index.html');
    expect(fileFor('/border-lines/x.svg', s)).toBe('x.svg');
    expect(fileFor('/x.svg', s)).toBeNull();
  });
});

describe('sitemap', () => {
  const editions = [{ tag: 'en', base: '/bl/' }, { tag: 'ru', base: '/bl/ru/' }];
  it('lists every page in every edition, each with all its editions as alternates', () => {
    const entries = sitemapEntries(['', 'sources/'], editions);
    expect(entries.map((e) => e.path)).toEqual(['/bl/', '/bl/ru/', '/bl/sources/', '/bl/ru/sources/']);
    expect(entries[1]!.alternates).toEqual([{ tag: 'en', path: '/bl/' }, { tag: 'ru', path: '/bl/ru/' }]);
  });
  it('gives absolute addresses when the site is known, with hreflang links', () => {
    const xml = sitemapXml(sitemapEntries(['sources/'], editions), new URL('https://news.example.org'));
    expect(xml).toContain('<loc>https://news.example.org/bl/ru/sources/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://news.example.org/bl/sources/"/>');
    expect(xml.startsWith('<?xml')).toBe(true);
  });
});

describe('checkSite, social metadata', () => {
  it('needs the preview image to be in the build, on the site itself when the origin is known', () => {
    const meta = (url: string) => page(`<p>x</p>`, `<meta http-equiv="Content-Security-Policy" content="${CSP}"><meta property="og:image" content="${url}">`);
    expect(checkSite(site({ 'index.html': meta('/social-card.png') }))[0]).toContain('not in the build');
    expect(checkSite(site({ 'index.html': meta('/social-card.png'), 'social-card.png': '' }))).toEqual([]);
    const known = { ...site({ 'index.html': meta('https://news.example.org/social-card.png'), 'social-card.png': '' }), origin: 'https://news.example.org' };
    expect(checkSite(known)).toEqual([]);
  });
});
