/**
 * Registers the edition's service worker (scripts/build/offline.mjs), so the story works offline
 * after one visit. When a newer build's worker is waiting, the reader is told, and the page
 * reloads into the new version only when they say so: never a stale copy without notice, never a
 * page swapped mid-sentence. The notice and the worker's address are on the page ([data-offline]).
 *
 * Chromium parks the new worker in 'installed' for good when a fetch through the old one is in
 * flight as it is told to skip waiting. The reader's click can itself start one (the story's
 * first-action fetches), so the page lets what it is fetching finish (`settle`) before it asks.
 */
export interface OfflineOptions {
  /** Resolves once the page's own fetches in flight, or about to start, are done. */
  settle?: () => Promise<unknown>;
}

export function workOffline({ settle = () => Promise.resolve() }: OfflineOptions = {}): void {
  const notice = document.querySelector<HTMLElement>('[data-offline]');
  const sw = navigator.serviceWorker;
  if (!notice || !sw) return;
  let asked = false;
  const offer = (worker: ServiceWorker | null) => {
    if (!worker || !sw.controller) return; // a first install changes nothing on screen
    notice.hidden = false;
    const button = notice.querySelector('button')!;
    button.onclick = () => {
      asked = true;
      void settle().then(() => worker.postMessage({ type: 'SKIP_WAITING' }));
    };
  };
  sw.addEventListener('controllerchange', () => asked && location.reload());
  addEventListener('load', () =>
    (sw.register(notice.dataset.offline!, { scope: notice.dataset.scope }) as Promise<ServiceWorkerRegistration | undefined>).then(
      (reg) => {
        if (!reg) return; // workers blocked (as in the browser tests that are not about them)
        offer(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => next.state === 'installed' && offer(next));
        });
      },
      () => {}, // no worker (a private window, a browser that refuses): the site works online as ever
    ),
  );
}
