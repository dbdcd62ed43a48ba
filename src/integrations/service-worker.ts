import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Generates the service worker once everything else is written. A first visit downloads only the app
 * shell in the background (scripts, the quiz pages and their banks, icons): the budget in
 * src/cli/budgets.json keeps that small. Every other page is cached as it is read, and the search
 * engine and index when search is first used, so what a reader has seen works offline.
 */
export function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['_astro/**/*.{js,css}', '**/quiz/index.html', '**/quiz/*.json', 'offline/index.html', 'icons/*', 'manifest.webmanifest'],
          // Astro's Preact renderer can import @preact/signals for signal props; this site passes none.
          globIgnores: ['sw.js', '_headers', 'pagefind/**', '_astro/signals.module.*.js'],
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
          runtimeCaching: [
            // Pages: fresh when online, the last copy read when offline, and when there is none,
            // src/pages/offline.astro. (navigateFallback would answer every unsaved navigation with it,
            // online ones too.)
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: 'pages', precacheFallback: { fallbackURL: `${base}offline/index.html` } },
            },
            // Pagefind's engine and index, kept from the first search on and refreshed in the background.
            // (A RegExp, not a function: Workbox copies functions into sw.js as text, where `base` is unknown.)
            { urlPattern: new RegExp(`${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}pagefind/`), handler: 'StaleWhileRevalidate', options: { cacheName: 'search' } },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`precached ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
