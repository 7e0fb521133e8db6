/**
 * Pages of other sites that embed ours, for the embed tests: a tiny HTTP server on another origin
 * (127.0.0.1 on a free port, while the site is served on localhost) that writes each host page
 * on the fly. Every page puts one embed (the `src` query parameter) in the middle of some text,
 * the way that host does it:
 *
 *   /pym?src=…&pym=…   pym.js's own parent (the `pym` script, served by our site) builds the iframe
 *                      from a `data-pym-src` element, and sizes it by the child's height messages
 *   /amp?src=…         like amp-iframe: an iframe sized by `{ sentinel: 'amp', type: 'embed-size' }`
 *                      messages from that iframe's window and origin
 *   /wp?src=…&secret=… like WordPress's wp-embed host script: a sandboxed (`allow-scripts`, so opaque
 *                      origin) iframe with a `data-secret`, sized by `{ message: 'height', value,
 *                      secret }` from the frame whose secret it is, and sent `{ message: 'ready' }`
 *                      on load. (WordPress itself also clamps the height to 200–1000 px; this host
 *                      does not, so the long story can be checked whole.)
 *
 * Host pages set no Content-Security-Policy or anything else special.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** the address of a host page embedding `src` */
  pym(src: string, pymScript: string): string;
  amp(src: string): string;
  wp(src: string, secret: string): string;
  close(): Promise<void>;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** a string as a JavaScript literal inside an inline <script> */
const js = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

const page = (title: string, embed: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { margin: 0 auto; max-width: 760px; padding: 0 8px; font: 18px/1.5 Georgia, serif; }
  iframe { display: block; max-width: 100%; }
</style>
</head>
<body>
<h1>${title}</h1>
<p>An article on another site, with a graphic from Border Lines in the middle of it.</p>
${embed}
<p>The article goes on after the graphic.</p>
</body>
</html>
`;

function pymHost(src: string, pymScript: string): string {
  return page('A pym.js host', `<div id="g" data-pym-src="${attr(src)}"></div>\n<script src="${attr(pymScript)}"></script>`);
}

function ampHost(src: string): string {
  // the listener is in place before the iframe, as amp-iframe's is
  const script = `<script>
  addEventListener('message', (e) => {
    const f = document.getElementById('g');
    const d = e.data;
    if (!f || e.source !== f.contentWindow || e.origin !== new URL(f.src).origin) return;
    if (d && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number') f.style.height = d.height + 'px';
  });
</script>`;
  return page('An AMP-like host', `${script}\n<iframe id="g" src="${attr(src)}" title="Graphic" style="width: 100%; border: 0" height="150"></iframe>`);
}

function wpHost(src: string, secret: string): string {
  const script = `<script>
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
    for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
      if (f.contentWindow !== e.source) continue;
      f.removeAttribute('style');
      if (d.message === 'height') f.height = parseInt(d.value, 10);
    }
  });
  addEventListener('load', () => {
    for (const f of document.querySelectorAll('iframe[data-secret]')) f.contentWindow.postMessage({ message: 'ready', secret: f.getAttribute('data-secret') }, '*');
  });
</script>`;
  const url = `${src}#?secret=${secret}`;
  return page(
    'A WordPress-like host',
    `${script}\n<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="Graphic" src="${attr(url)}" data-secret="${attr(secret)}" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`,
  );
}

export async function startHostServer(): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const q = (k: string) => url.searchParams.get(k) ?? '';
    const html =
      url.pathname === '/pym' ? pymHost(q('src'), q('pym')) : url.pathname === '/amp' ? ampHost(q('src')) : url.pathname === '/wp' ? wpHost(q('src'), q('secret')) : null;
    if (html === null) {
      // no favicon or anything else: an empty answer, not a 404 in the console
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const at = (path: string, params: Record<string, string>) => `${origin}${path}?${new URLSearchParams(params)}`;
  return {
    origin,
    pym: (src, pym) => at('/pym', { src, pym }),
    amp: (src) => at('/amp', { src }),
    wp: (src, secret) => at('/wp', { src, secret }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
