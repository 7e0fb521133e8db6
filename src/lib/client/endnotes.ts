/**
 * The printed story's endnotes come from their own file (see Endnotes.astro): fetched once, put
 * into their slot (print-only, so nothing shows on screen), and the note that stands in for them
 * removed. A failed fetch is tried again at the next call; the stand-in stays meanwhile.
 *
 * A page prints what it holds once its beforeprint handlers return, so a fetch begun then may be
 * too late: the file is fetched as soon as the reader does anything (scrolls, moves the pointer,
 * touches, presses a key, such as the Ctrl or ⌘ of Ctrl+P), never while the page only loads.
 */
import type { EndnotesFile } from '../render/sources-html.ts';
import { jsonFiles } from './fetch-json.ts';

const fetchFile = jsonFiles<EndnotesFile>();

export function loadEndnotes(): Promise<void> {
  const slot = document.querySelector<HTMLElement>('.endnotes-slot[data-endnotes]');
  if (!slot) return Promise.resolve(); // in already (or not a story page)
  return fetchFile(slot.dataset.endnotes!).then(
    ({ html }) => {
      if (!slot.dataset.endnotes) return; // a second call's answer, after the first
      slot.innerHTML = html;
      delete slot.dataset.endnotes;
    },
    (error: unknown) => console.warn('Border Lines: the endnotes could not be loaded; paper points to the sources page:', error),
  );
}

const ACTIVITY = ['scroll', 'pointermove', 'pointerdown', 'keydown'] as const;

let scheduled: Promise<void> | null = null;

/** Loads the endnotes when the browser is next idle after the reader's first action. */
export function loadEndnotesOnceActive(): void {
  const first = () => {
    for (const type of ACTIVITY) window.removeEventListener(type, first, true);
    scheduled = new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(loadEndnotes())));
  };
  for (const type of ACTIVITY) window.addEventListener(type, first, { capture: true, passive: true });
}

/** Resolves once a load that the reader's first action began, or is about to begin, is over
 * (at once if there is none); for the offline update (offline.ts). */
export const endnotesSettled = (): Promise<void> => scheduled ?? Promise.resolve();
