/**
 * Registers the edition's service worker (scripts/build/offline.mjs), so the story works offline
 * after one visit. When a newer build's worker is waiting, the reader is told, and the page
 * reloads into the new version only when they say so: never a stale copy without notice, never a
 * page swapped mid-sentence. The notice and the worker's address are on the page ([data-offline]).
 */
/** How long the page waits for the new worker to take over after the reader asks, before reloading anyway. */
const SWAP_WAIT_MS = 3000;

export function workOffline(): void {
  const notice = document.querySelector<HTMLElement>('[data-offline]');
  const sw = navigator.serviceWorker;
  if (!notice || !sw) return;
  let asked = false;
  const offer = (worker: ServiceWorker | null) => {
    if (!worker || !sw.controller) return; // a first install changes nothing on screen
    notice.hidden = false;
    notice.querySelector('button')!.onclick = () => {
      asked = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
      // Chromium can leave a worker told to skip waiting in 'installed' while the page fetches
      // through the old one at that moment; a reload lets it take over, so one comes at the latest
      // after SWAP_WAIT_MS.
      setTimeout(reload, SWAP_WAIT_MS);
    };
  };
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  sw.addEventListener('controllerchange', () => asked && reload());
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
