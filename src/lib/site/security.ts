/**
 * The site's Content-Security-Policy. Scripts come only from the site itself, plus the one inline
 * boot script, allowed by its hash; no `unsafe-inline`, no `eval`. Styles may be inline (the page
 * inlines its small stylesheet, and D3 sets style attributes). Nothing loads from another host.
 *
 * The policy goes into every page's <meta http-equiv> and, for static hosts that send headers,
 * into public/_headers; `npm run check:site` fails when the two disagree.
 */
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inlineScripts: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(sha256).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
