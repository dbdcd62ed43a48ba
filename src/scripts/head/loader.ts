import { retryUrl } from '../retry-url';
import { isSearchShortcut } from './shortcut';

/*
 * Imports the page modules that defer-page-scripts.ts lifted out of the HTML: once the page has loaded
 * and its first contentful paint has reached the screen (the browser's paint timing says so; 1.5 s at
 * most, for a page painted in a background tab), so no module request competes with that paint, or at
 * once when a reader reaches for search earlier (the "/" or Ctrl/Cmd+K keys, the search button, the FAQ
 * box); such an event, until the modules have run, is held and replayed.
 * The moment of that paint is published once, as `data-painted` on <html> (which entry told: the
 * largest-contentful-paint or paint timing, or "timer" when neither came) and a "page-painted" event,
 * for islands that wait for it too (client:afterload). `data-modules-loaded` on <html> then tells tests
 * that a page is fully wired ("1"), or that a download failed ("0": the next reach for search tries again).
 */
export function pageModuleLoader(): void {
  const d = document.documentElement;
  let loading: Promise<boolean> | undefined;
  let ready = false;
  // Per module: 0 once in, else how many times it failed (a module that came is not imported again).
  const tries: Record<string, number> = {};
  // Resolves to whether the modules are in; after a failed download, the next reach for search asks again
  // for the modules that failed, under a URL that has not failed (retry-url.ts).
  const load = () =>
    (loading ??= Promise.all(
      (d.dataset.pageModules || '')
        .split(' ')
        .filter((u) => u && tries[u] !== 0)
        // The URL is worked out in a step of its own: terser, inlining retryUrl into import(…), printed
        // import(a, b, c), which no engine parses (every page test fails if it comes back).
        .map((u) => [u, retryUrl(u, (tries[u] ||= 0))] as const)
        .map(([u, url]) =>
          import(url).then(
            () => (tries[u] = 0),
            (e: unknown) => {
              tries[u]!++;
              throw e;
            },
          ),
        ),
    ).then(
      () => {
        ready = true;
        d.dataset.modulesLoaded = '1';
        return true;
      },
      () => {
        loading = undefined;
        d.dataset.modulesLoaded = '0';
        return false;
      },
    ));
  const early = (e: Event) => {
    if (ready) return;
    const t = e.target;
    if (e instanceof KeyboardEvent) {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      const { key, ctrlKey, metaKey } = e;
      void load().then((ok) => ok && t?.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, metaKey, bubbles: true, cancelable: true })));
    } else {
      const el = t instanceof Element && t.closest<HTMLElement>(e.type === 'click' ? '[data-search-open]' : '[data-search-inline]');
      if (!el) return;
      void load().then((ok) => ok && (e.type === 'click' ? el.click() : t.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))));
    }
  };
  for (const type of ['keydown', 'click', 'focusin']) document.addEventListener(type, early, true);
  addEventListener('load', () => {
    let done = false;
    const go = (by: string) => {
      if (done) return;
      done = true;
      setTimeout(() => {
        d.dataset.painted = by;
        dispatchEvent(new Event('page-painted'));
        void load();
      });
    };
    const types = PerformanceObserver.supportedEntryTypes || [];
    const entry = ['largest-contentful-paint', 'paint'].find((x) => types.includes(x));
    if (entry)
      new PerformanceObserver((_, o) => {
        o.disconnect();
        go(entry);
      }).observe({ type: entry, buffered: true });
    setTimeout(() => go('timer'), entry ? 1500 : 0);
  });
}
