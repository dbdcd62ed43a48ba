import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Pagefind's ready-made UIs (we have our own dialog) and the engine for undetected languages (every page
// is English): neither the site nor the precache needs them.
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/;

/**
 * Indexes the built pages with Pagefind's Node API. It runs before the service worker is generated
 * (integration order), and writes the files itself from getFiles(), so every byte is on disk before
 * the worker's precache manifest is computed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: root });
          if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length) throw new Error(`Pagefind failed to build its files: ${fileErrors.join('; ')}`);
          let bytes = 0;
          for (const file of files) {
            if (UNUSED.test(file.path)) continue;
            const out = join(root, 'pagefind', file.path);
            mkdirSync(dirname(out), { recursive: true });
            writeFileSync(out, file.content);
            bytes += file.content.byteLength;
          }
          logger.info(`indexed ${added.page_count} pages: ${(bytes / 1024).toFixed(0)} KB in pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
