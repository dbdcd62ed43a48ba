/*
 * The one module every page loads: it wires the search button and shortcuts (the search code and
 * index load only when search is first opened) and registers the service worker for offline use.
 */
const base = document.documentElement.dataset.base ?? '/';
let ui: Promise<typeof import('./search-ui')> | undefined;
const load = () => (ui ??= import('./search-ui'));
const open = (opener: Element | null) => void load().then((m) => m.openSearch(base, opener));
const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

document.addEventListener('click', (e) => {
  const button = (e.target as Element | null)?.closest?.('[data-search-open]');
  if (button) open(button);
});
document.addEventListener('keydown', (e) => {
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target);
  const chord = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
  if (slash || chord) {
    e.preventDefault();
    open(document.activeElement);
  }
});
for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-inline]')) {
  form.addEventListener('focusin', () => void load().then((m) => m.attachInline(form, base)), { once: true });
}

async function registerWorker() {
  const sw = navigator.serviceWorker;
  const reg = await sw.register(`${base}sw.js`, { scope: base });
  let accepted = false;
  // A new version waits; the reader chooses when to reload into it.
  const offer = (worker: ServiceWorker) => {
    if (document.querySelector('.update-toast')) return;
    const bar = document.createElement('div');
    bar.className = 'update-toast';
    bar.setAttribute('role', 'status');
    bar.innerHTML = '<p>A new version of this site is ready.</p><button type="button" class="button primary">Reload</button>';
    bar.querySelector('button')!.addEventListener('click', () => {
      accepted = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    document.body.append(bar);
  };
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => worker.state === 'installed' && sw.controller && offer(worker));
  sw.addEventListener('controllerchange', () => accepted && location.reload());
  if (reg.waiting && sw.controller) offer(reg.waiting);
  if (reg.installing) watch(reg.installing);
  reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Built pages import this module after `load` (defer-page-scripts.ts); registering then keeps the
  // worker's precache downloads out of the first paint, as Workbox advises.
  const register = () => void registerWorker().catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
}
