/*
 * The one module every page loads: it wires the search button and shortcuts (the search code and
 * index load only when search is first opened) and registers the service worker for offline use.
 */
import searchCss from '../styles/search.css?url';
import { isSearchShortcut } from './head/shortcut';
import { stylesheet } from './stylesheet';

const base = document.documentElement.dataset.base ?? '/';
let ui: Promise<typeof import('./search-ui')> | undefined;

// The search code and its rules (the dialog, the results) come together, on first use, so no page
// carries them in its HTML. A failure is forgotten, so the next open tries again instead of failing forever.
const load = () =>
  (ui ??= Promise.all([import('./search-ui'), stylesheet(searchCss)])
    .then(([m]) => m)
    .catch((e) => ((ui = undefined), Promise.reject(e))));
const open = (opener: Element | null) => void load().then((m) => m.openSearch(base, opener));

document.addEventListener('click', (e) => {
  const button = (e.target as Element | null)?.closest?.('[data-search-open]');
  if (button) open(button);
});
document.addEventListener('keydown', (e) => {
  if (isSearchShortcut(e)) {
    e.preventDefault();
    open(document.activeElement);
  }
});
for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-inline]')) {
  form.addEventListener('focusin', () => void load().then((m) => m.attachInline(form, base)), { once: true });
}

// Print rules are only needed to print: linked now that the page has painted (Base.astro names the file).
const printCss = document.documentElement.dataset.printCss;
if (printCss) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', media: 'print', href: printCss }));

// The worker's registration and update offer are a chunk of their own, fetched after the page has loaded.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Built pages import this module after load and first paint (defer-page-scripts.ts): then it registers at once.
  // The web app manifest only matters to a page that works offline, so it is linked here, with the
  // worker, rather than in the HTML, where browsers fetch it while the page is still painting.
  const manifest = Object.assign(document.createElement('link'), { rel: 'manifest', href: `${base}manifest.webmanifest` });
  document.head.append(manifest);
  const register = () => void import('./worker').then((m) => m.registerWorker(base)).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
}
