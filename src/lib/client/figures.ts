/**
 * The steps' still figures wait in <noscript> while the live graphic stands in for them (see
 * Step.astro): unparsed, they cost the reader nothing. They are put on the page when the reader
 * switches to the article or prints, once; after that they stay.
 */
export function showStillFigures(root: ParentNode = document): void {
  for (const noscript of root.querySelectorAll<HTMLElement>('.step__figure-slot > noscript')) {
    // with scripting on, a <noscript>'s content is its markup, as text
    noscript.insertAdjacentHTML('afterend', noscript.textContent ?? '');
    noscript.remove();
  }
}

/** Shows the still figures before the page prints (from the menu, a shortcut or print emulation). */
export function showStillFiguresForPrint(): void {
  window.addEventListener('beforeprint', () => showStillFigures());
  const print = window.matchMedia('print');
  print.addEventListener?.('change', () => print.matches && showStillFigures());
}
