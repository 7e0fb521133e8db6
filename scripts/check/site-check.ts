/**
 * Checks over a built site (pure: the pages come in as a map of path → text, so tests can feed it
 * broken pages). It finds
 * - internal links, sources and `#anchors` that lead nowhere,
 * - external addresses that are not well-formed http(s) URLs,
 * - resources (scripts, styles, images, fonts) from another host,
 * - a Content-Security-Policy missing from a page, disagreeing with the _headers file, or not
 *   allowing an inline script the page runs.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { sha256 } from '../../src/lib/site/security.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface SiteFiles {
  /** every file in dist/, by its path from dist/ with forward slashes (`index.html`, `data/a.json`) */
  files: Map<string, string | null>;
  /** the base path the site is built for (`/` or `/border-lines/`) */
  base: string;
  /** the site's own origin when the build knows it (SITE_URL): absolute links to it are internal */
  origin?: string;
}

export interface PageFacts {
  ids: Set<string>;
  links: { tag: string; rel?: string; attr: string; value: string }[];
  csp: string | null;
  inlineScripts: string[];
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  iframe: ['src'],
};
/** A link and metadata may point anywhere; every other reference loads something into the page. */
const isResource = (link: PageFacts['links'][number]) => link.tag !== 'a' && link.tag !== 'meta' && !(link.tag === 'link' && /\b(canonical|alternate|license)\b/.test(link.rel ?? ''));

function walk(node: Node, visit: (el: Element) => void) {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
  if ('content' in node && node.content) walk(node.content as Node, visit);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;

/** ids, links, the CSP and the inline scripts of one HTML page (the markup inside <noscript> included). */
export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), links: [], csp: null, inlineScripts: [] };
  const visit = (el: Element) => {
    const id = attr(el, 'id');
    if (id) facts.ids.add(id);
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined;
    if (name) facts.ids.add(name);
    for (const a of LINK_ATTRS[el.tagName] ?? []) {
      const value = attr(el, a);
      if (value !== undefined) facts.links.push({ tag: el.tagName, rel: attr(el, 'rel'), attr: a, value });
    }
    if (el.tagName === 'meta' && /^(og:image|og:url)$/.test(attr(el, 'property') ?? '')) facts.links.push({ tag: 'meta', rel: attr(el, 'property'), attr: 'content', value: attr(el, 'content') ?? '' });
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') facts.csp = attr(el, 'content') ?? '';
    if (el.tagName === 'script' && !attr(el, 'src')) {
      const type = attr(el, 'type') ?? '';
      const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      if (!type || /javascript|module/.test(type)) facts.inlineScripts.push(text);
    }
    // with scripting on, a browser reads <noscript> as text; its markup is checked as markup too
    if (el.tagName === 'noscript') {
      const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      if (text.includes('<')) {
        const inner = pageFacts(text);
        inner.ids.forEach((i) => facts.ids.add(i));
        facts.links.push(...inner.links);
      }
    }
  };
  walk(parse(html) as unknown as Node, visit);
  return facts;
}

/** The file a same-site path is served from, or null: `/a/` → `a/index.html`, `/x.svg` → `x.svg`. */
export function fileFor(pathname: string, site: SiteFiles): string | null {
  if (!pathname.startsWith(site.base)) return null;
  const rest = decodeURIComponent(pathname.slice(site.base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`, `${rest}.html`];
  return candidates.find((c) => site.files.has(c)) ?? null;
}

export function headerPolicy(headersFile: string, header: string): string | null {
  const line = headersFile.split('\n').find((l) => l.trim().toLowerCase().startsWith(`${header.toLowerCase()}:`));
  return line ? line.slice(line.indexOf(':') + 1).trim() : null;
}


export function checkSite(site: SiteFiles): string[] {
  const problems: string[] = [];
  const ORIGIN = site.origin ? new URL(site.origin).origin : 'https://site.invalid';
  const pages = [...site.files.keys()].filter((f) => f.endsWith('.html')).sort();
  const facts = new Map(pages.map((p) => [p, pageFacts(site.files.get(p) ?? '')]));
  const idsOf = (file: string): Set<string> | null => {
    if (facts.has(file)) return facts.get(file)!.ids;
    if (file.endsWith('.svg')) {
      const ids = new Set([...(site.files.get(file) ?? '').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      return ids;
    }
    return null;
  };

  const headers = site.files.get('_headers') ?? null;
  if (headers === null) problems.push('_headers: missing (static hosts read security headers from it)');
  // the header's policy is the pages' plus frame-ancestors, which only a header can carry (a <meta>
  // policy ignores it): every page may be framed by any site, so embeds work in any CMS
  const headerFull = headers ? headerPolicy(headers, 'Content-Security-Policy') : null;
  const FRAMING = '; frame-ancestors *';
  const headerCsp = headerFull === null ? null : headerFull.endsWith(FRAMING) ? headerFull.slice(0, -FRAMING.length) : `${headerFull} (without "${FRAMING.slice(2)}" at its end)`;
  if (headers) {
    for (const h of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      if (!headerPolicy(headers, h)) problems.push(`_headers: no ${h} header`);
    }
  }

  for (const page of pages) {
    const f = facts.get(page)!;
    const pageUrl = new URL(`${site.base}${page.replace(/(^|\/)index\.html$/, '$1')}`, ORIGIN);
    if (f.csp === null) problems.push(`${page}: no Content-Security-Policy meta tag`);
    else {
      if (/script-src[^;]*'unsafe-inline'/.test(f.csp) || /script-src[^;]*'unsafe-eval'/.test(f.csp)) problems.push(`${page}: the policy allows unsafe inline or eval scripts`);
      if (headerCsp !== null && headerCsp !== f.csp) problems.push(`${page}: its Content-Security-Policy differs from _headers (update public/_headers to:\n  ${f.csp}${FRAMING}\n)`);
      if (/frame-ancestors/.test(f.csp)) problems.push(`${page}: frame-ancestors in a <meta> policy is ignored (it belongs in _headers only)`);
      for (const script of f.inlineScripts) {
        if (!f.csp.includes(sha256(script))) problems.push(`${page}: an inline script (${JSON.stringify(script.slice(0, 40))}…) is not allowed by the policy's hashes`);
      }
    }
    for (const link of f.links) {
      const where = `${page}: <${link.tag}${link.rel ? ` ${link.tag === 'meta' ? 'property' : 'rel'}="${link.rel}"` : ''} ${link.attr}="${link.value}">`;
      if (/^(mailto|tel):/.test(link.value)) continue;
      if (/^data:/.test(link.value)) continue;
      let url: URL;
      try {
        url = new URL(link.value, pageUrl);
      } catch {
        problems.push(`${where} is not a well-formed address`);
        continue;
      }
      if (url.origin !== ORIGIN) {
        const external = /^https?:$/.test(url.protocol) && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname) && !/\s/.test(link.value);
        if (!external) problems.push(`${where} is not a well-formed http(s) address`);
        else if (isResource(link)) problems.push(`${where} loads from another host`);
        continue;
      }
      const file = fileFor(url.pathname, site);
      if (file === null) {
        problems.push(`${where} leads to a file that is not in the build`);
        continue;
      }
      if (url.hash.length > 1) {
        const id = decodeURIComponent(url.hash.slice(1));
        const ids = idsOf(file);
        if (ids && !ids.has(id)) problems.push(`${where}: ${file} has no element with id "${id}"`);
      }
    }
  }
  return problems;
}
