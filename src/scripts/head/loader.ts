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
 * that a page is fully wired.
 */
export function pageModuleLoader(): void {
  const d = document.documentElement;
  let loading: Promise<void> | undefined;
  let ready = false;
  const load = () =>
    (loading ??= Promise.all(
      (d.dataset.pageModules || '')
        .split(' ')
        .filter(Boolean)
        .map((u) => import(u)),
    ).then(() => {
      ready = true;
      d.dataset.modulesLoaded = '1';
    }));
  const early = (e: Event) => {
    if (ready) return;
    const t = e.target;
    if (e instanceof KeyboardEvent) {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      const { key, ctrlKey, metaKey } = e;
      void load().then(() => t?.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, metaKey, bubbles: true, cancelable: true })));
    } else {
      const el = t instanceof Element && t.closest<HTMLElement>(e.type === 'click' ? '[data-search-open]' : '[data-search-inline]');
      if (!el) return;
      void load().then(() => (e.type === 'click' ? el.click() : t.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))));
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
