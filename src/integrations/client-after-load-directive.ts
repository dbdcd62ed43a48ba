import type { ClientDirective } from 'astro';

/**
 * Runs in the browser: hydrate once the page has loaded and painted, as the page's module loader
 * (src/scripts/head/loader.ts) announces with `data-painted` and a "page-painted" event.
 */
const afterLoad: ClientDirective = (load) => {
  const hydrate = async () => (await load())();
  if (document.documentElement.dataset.painted) setTimeout(hydrate);
  else addEventListener('page-painted', () => setTimeout(hydrate), { once: true });
};
export default afterLoad;
