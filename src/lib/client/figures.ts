/**
 * The steps' still figures wait in <noscript> while the live graphic stands in for them (see
 * Step.astro): unparsed, they cost the reader nothing. They are put on the page when the reader
 * switches to the article or prints, once; after that they stay.
 *
 * Each is an image of its own SVG file (render/still-figure.ts), which is what readers without
 * JavaScript see. An image cannot use the page's web fonts, so with JavaScript each image is then
 * replaced by the same SVG, inline: the page's fonts and styles draw it, exactly as the build
 * laid out its labels. (Until a file arrives, or if it cannot, the image stays.)
 */
import { loadEndnotes } from './endnotes.ts';

export function showStillFigures(root: ParentNode = document, { print = false } = {}): void {
  for (const noscript of root.querySelectorAll<HTMLElement>('.step__figure-slot > noscript')) {
    // with scripting on, a <noscript>'s content is its markup, as text
    noscript.insertAdjacentHTML('afterend', noscript.textContent ?? '');
    noscript.remove();
  }
  const images = [...root.querySelectorAll<HTMLImageElement>('img.figure__img:not([data-inlining])')];
  // paper needs every figure now, not as it scrolls into view
  if (print) for (const img of images) img.loading = 'eager';
  // a figure is drawn inline as it comes near the screen (a reader of the article fetches only
  // the figures they reach, once each: the image, lazy, waits for the same)
  const near =
    'IntersectionObserver' in window && !print
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (!e.isIntersecting) continue;
              near!.unobserve(e.target);
              void inline(e.target as HTMLImageElement);
            }
          },
          { rootMargin: '1200px 0px' },
        )
      : null;
  for (const img of images) {
    img.dataset.inlining = '';
    if (near) near.observe(img);
    else void inline(img);
  }
}

async function inline(img: HTMLImageElement): Promise<void> {
  const src = img.getAttribute('src');
  if (!src) return;
  try {
    const response = await fetch(src);
    if (!response.ok) return;
    const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
    if (!(parsed instanceof SVGSVGElement) || !img.isConnected) return;
    parsed.querySelector('style')?.remove(); // the page's own stylesheet has the same rules
    parsed.classList.add('figure__img');
    parsed.dataset.src = src;
    img.replaceWith(document.importNode(parsed, true));
  } catch {
    // the image stays
  }
}

/** Shows the still figures and the endnotes before the page prints (from the menu, a shortcut or print emulation),
 * and writes the chapters' addresses out in full for paper (the build knows only their paths
 * when it is not told the site's address). */
export function showStillFiguresForPrint(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-link]')) el.textContent = new URL(`#${el.dataset.printLink}`, location.href).href;
  const forPaper = () => {
    showStillFigures(document, { print: true });
    // in already if the reader has scrolled (story.ts); if not, they may still make it
    void loadEndnotes();
  };
  window.addEventListener('beforeprint', forPaper);
  const print = window.matchMedia('print');
  print.addEventListener?.('change', () => print.matches && forPaper());
}
