/**
 * A step's "How we know" list arrives when the reader opens it: from its chapter's file (one
 * request per chapter, kept), put in above the link to the sources page that stands in for it
 * until then. If the file cannot be had, the link stays and says where the list is.
 */
const LOADED = 'how-we-know__rows';

export function loadSourcesOnOpen(root: Document = document): void {
  const files = new Map<string, Promise<Record<string, string>>>();
  const fetchFile = (url: string) => {
    if (!files.has(url)) {
      files.set(
        url,
        fetch(url).then((r) => {
          if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
          return r.json() as Promise<Record<string, string>>;
        }),
      );
      files.get(url)!.catch(() => files.delete(url)); // a later opening tries again
    }
    return files.get(url)!;
  };
  // toggle does not bubble, but it can be caught on its way down
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open || !details.dataset.sources) return;
      if (details.querySelector(`.${LOADED}`)) return;
      const step = details.dataset.stepSources ?? '';
      details.setAttribute('aria-busy', 'true');
      fetchFile(details.dataset.sources)
        .then((lists) => {
          const html = lists[step];
          if (!html || details.querySelector(`.${LOADED}`)) return;
          details.querySelector('summary')!.insertAdjacentHTML('afterend', html);
        })
        .catch((error: unknown) => console.warn('Border Lines: a source list could not be loaded; the link to the sources page stays:', error))
        .finally(() => details.removeAttribute('aria-busy'));
    },
    true,
  );
}
