import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const HELPER = '\0vite/preload-helper.js';

/**
 * Puts src/scripts/chunk-import.ts in place of Vite's dynamic-import helper. Vite's helper preloads a
 * chunk's dependencies and links its CSS; ours links the CSS too (module preloading is off), and makes
 * Retry after a failed import work in every engine.
 * tests/e2e/quiz-failures.test.ts checks that Retry asks for a URL that has not failed.
 */
export function chunkImport(): Plugin {
  const helper = fileURLToPath(new URL('../scripts/chunk-import.ts', import.meta.url));
  return {
    name: 'chunk-import',
    enforce: 'pre',
    resolveId(id) {
      if (id === HELPER) return helper;
    },
  };
}
