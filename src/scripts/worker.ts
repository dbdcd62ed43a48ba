import toastCss from '../styles/update-toast.css?url';
import { stylesheet } from './stylesheet';

/*
 * Registers the service worker for offline use and offers a reload when a new version is deployed.
 * When another tab accepts a new version first, this page's old files may be gone from the cache:
 * the offer becomes a plain reload, so no screen waits on a file that no longer exists.
 */
export async function registerWorker(base: string) {
  const sw = navigator.serviceWorker;
  const reg = await sw.register(`${base}sw.js`, { scope: base });
  let accepted = false;
  const hadController = !!sw.controller;
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
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => worker.state === 'installed' && sw.controller && offer(worker));
  sw.addEventListener('controllerchange', () => (accepted ? location.reload() : hadController && offer(null)));
  if (reg.waiting && sw.controller) offer(reg.waiting);
  if (reg.installing) watch(reg.installing);
  reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
}
