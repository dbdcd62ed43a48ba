import toastCss from '../styles/update-toast.css?url';
import { stylesheet } from './stylesheet';

/*
 * Registers the service worker for offline use and offers a reload when a new version is deployed.
 * When another tab accepts a new version first, this page's old files may be gone from the cache:
 * the offer becomes a plain reload, so no screen waits on a file that no longer exists.
 */
export async function registerWorker(base: string) {
  const sw = navigator.serviceWorker;
  // Whether a worker served this page, read before registering: on a first visit the new worker may claim the
  // page while register() settles, and a controller seen then would turn its claim into an "updated" offer.
  const hadController = !!sw.controller;
  const reg = await sw.register(`${base}sw.js`, { scope: base });
  keepForOffline(sw);
  let accepted = false;
  // A new version waits; the reader chooses when to reload into it. Without a worker to wake, the
  // offer is a plain reload: another tab already accepted, and this page's old files may be gone.
  const offer = async (worker: ServiceWorker | null) => {
    // Without its rules the offer would sit unstyled at the end of the page; with no network it still shows.
    await stylesheet(toastCss).catch(() => undefined);
    let bar = document.querySelector('.update-toast');
    if (bar && worker) return;
    bar ??= document.body.appendChild(document.createElement('div'));
    bar.className = 'update-toast';
    bar.setAttribute('role', 'status');
    bar.innerHTML = `<p>${worker ? 'A new version of this site is ready.' : 'This site was updated in another tab. Reload to keep using it.'}</p><button type="button" class="button primary">Reload</button>`;
    bar.querySelector('button')!.onclick = () => {
      accepted = true;
      if (worker) worker.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    };
  };
  const watch = (worker: ServiceWorker) => worker.addEventListener('statechange', () => worker.state === 'installed' && sw.controller && offer(worker));
  sw.addEventListener('controllerchange', () => (accepted ? location.reload() : hadController && offer(null)));
  if (reg.waiting && sw.controller) offer(reg.waiting);
  if (reg.installing) watch(reg.installing);
  reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
}

/**
 * Asks the worker to keep what this page needs offline that it does not hold yet: the page itself when it
 * was read before the worker took control (a first visit), and what the page names in data-offline (an
 * exam's bank and question list, on its quiz page). Workbox's CACHE_URLS message routes each address
 * through the worker's own caching rules (src/integrations/service-worker.ts).
 */
function keepForOffline(sw: ServiceWorkerContainer) {
  const extra = (document.documentElement.dataset.offline ?? '').split(' ').filter(Boolean);
  const send = async (urls: string[]) => {
    const missing = [];
    for (const u of urls) if (!(await caches.match(u))) missing.push(u);
    if (missing.length) sw.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: missing } });
  };
  if (sw.controller) void send(extra);
  else sw.addEventListener('controllerchange', () => void send([location.href.split('#')[0]!, ...extra]), { once: true });
}
