/**
 * The embed code handed out for a page of the kit: pym.js's container (the plain frame inside it,
 * for when pym does not run), then pym from our own site; and the frame alone, for systems that
 * strip scripts. Browser-safe: the build writes it into the page, the generator rewrites it.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(src: string, title: string, height: number, width: string, pymUrl: string): { pym: string; plain: string } {
  // no scrolling="no": where nothing sizes the frame, its reader can still scroll below its start height
  const frame = `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" style="border:0;width:${width};max-width:100%;height:${height}px"></iframe>`;
  return {
    pym: `<div data-pym-src="${esc(src)}" data-pym-title="${esc(title)}" style="width:${width};max-width:100%">${frame}</div><script src="${esc(pymUrl)}"></script>`,
    plain: frame,
  };
}
