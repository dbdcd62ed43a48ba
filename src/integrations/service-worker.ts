import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Generates the service worker once everything else is written, Pagefind's index included: the
 * precache covers every page, asset, the question bank, the search index and the icons.
 */
export function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,xml,txt}', 'pagefind/**/*'],
          globIgnores: ['sw.js', '_headers'],
          swDest: `${root}/sw.js`,
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // Pagefind asks for pagefind-entry.json?ts=<metaCacheTag>; the tag must not miss the precache.
          ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          // A new version waits until the reader accepts the reload we offer.
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          // A page not in the precache goes to the network; when that fails, src/pages/offline.astro.
          // (navigateFallback would answer every such navigation with it, online ones too.)
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${base}offline/index.html` } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`precached ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
