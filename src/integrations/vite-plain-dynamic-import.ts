import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic import in a helper that preloads the chunk's dependencies (1.3 KB,
 * and a shared chunk every page would load for the search button). Our on-demand chunks (search,
 * exam tools, results) carry no CSS and module preloading is off, so a plain import() does the job.
 */
export function plainDynamicImport(): Plugin {
  return {
    name: 'plain-dynamic-import',
    enforce: 'pre',
    load(id) {
      if (id === HELPER) return { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false };
    },
  };
}
