import type { ClientDirective } from 'astro';
import { retryUrl } from '../scripts/retry-url';

/**
 * The island's attributes holding the URLs its load() imports. Astro's island reads them each time load()
 * runs, so Retry points them at a URL that has not failed (src/scripts/retry-url.ts).
 * tests/e2e/quiz-failures.test.ts fails if Astro stops reading them then: Retry would ask for the old URL.
 */
const MODULE_URLS = ['component-url', 'renderer-url'];

/**
 * Runs in the browser: hydrate once the page has loaded and painted, as the page's module loader
 * (src/scripts/head/loader.ts) announces with `data-painted` and a "page-painted" event.
 * If the island's code fails to download, the element marked `data-island-failed="<what to say>"` in its
 * server-rendered content gives way to that sentence and a Retry button, which loads the code again
 * without a reload; the element comes back, focused, while it loads.
 */
const afterLoad: ClientDirective = (load, _options, island) => {
  const urls = MODULE_URLS.map((name) => [name, island.getAttribute(name)] as const);
  let failures = 0;
  const hydrate = () => load().then((run) => run(), offerRetry);

  function offerRetry() {
    failures++;
    const line = island.querySelector<HTMLElement>('[data-island-failed]');
    if (!line) return;
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.dataset.islandError = '';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'button primary';
    retry.textContent = 'Retry';
    retry.addEventListener('click', () => {
      for (const [name, url] of urls) if (url) island.setAttribute(name, retryUrl(url, failures));
      alert.replaceWith(line);
      line.tabIndex = -1;
      line.focus();
      void hydrate();
    });
    alert.append(`${line.dataset.islandFailed} `, retry);
    line.replaceWith(alert);
  }

  const start = () => setTimeout(hydrate);
  if (document.documentElement.dataset.painted) start();
  else addEventListener('page-painted', start, { once: true });
};
export default afterLoad;
