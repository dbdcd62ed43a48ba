import type { ClientDirective } from 'astro';

/** Runs in the browser: hydrate after `load` (at once if it already fired). */
const afterLoad: ClientDirective = (load) => {
  const hydrate = async () => (await load())();
  if (document.readyState === 'complete') setTimeout(hydrate);
  else addEventListener('load', () => setTimeout(hydrate), { once: true });
};
export default afterLoad;
