/*
 * The one module every page loads: it wires the search button and shortcuts (the search code and
 * index load only when search is first opened) and registers the service worker for offline use.
 */
const base = document.documentElement.dataset.base ?? '/';
let ui: Promise<typeof import('./search-ui')> | undefined;
// A failed import is forgotten, so the next open tries again instead of failing forever.
const load = () => (ui ??= import('./search-ui').catch((e) => ((ui = undefined), Promise.reject(e))));
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

// The worker's registration and update offer are a chunk of their own, fetched after the page has loaded.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Built pages import this module after `load` (defer-page-scripts.ts): then it registers at once.
  const register = () => void import('./worker').then((m) => m.registerWorker(base)).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
}
