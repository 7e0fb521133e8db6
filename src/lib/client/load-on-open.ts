/**
 * What a step keeps folded away arrives when the reader opens it: its "How we know" list and the
 * table behind its chart come from its chapter's file (one request per chapter, kept), put in
 * under the toggle's summary. Until then, and if the file cannot be had, the toggle holds a link
 * to the same thing on the sources page.
 *
 *   <details data-fragment="/sources/where.json" data-fragment-key="vorukh" data-fragment-part="sources">
 */
import type { ChapterFragments, FragmentPart } from '../render/sources-html.ts';
import { jsonFiles } from './fetch-json.ts';

const LOADED = 'data-fragment-loaded';

export function loadOnOpen(root: Document = document): void {
  const fetchFile = jsonFiles<ChapterFragments>(); // one request per chapter; a later opening retries a failed one
  // toggle does not bubble, but it can be caught on its way down
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open || !details.dataset.fragment || details.hasAttribute(LOADED)) return;
      const { fragment: url, fragmentKey: key = '', fragmentPart: part = 'sources' } = details.dataset;
      details.setAttribute('aria-busy', 'true');
      fetchFile(url)
        .then((file) => {
          const html = file[key]?.[part as FragmentPart];
          if (!html || details.hasAttribute(LOADED)) return;
          details.setAttribute(LOADED, '');
          details.querySelector('summary')!.insertAdjacentHTML('afterend', html);
        })
        .catch((error: unknown) => console.warn('Border Lines: a folded part could not be loaded; the link to the sources page stays:', error))
        .finally(() => details.removeAttribute('aria-busy'));
    },
    true,
  );
}
