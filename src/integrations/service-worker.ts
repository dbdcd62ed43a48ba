import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { filesUnder } from '../utils/files';

/**
 * Generates the service worker once everything else is written. A first visit downloads only the app
 * shell in the background: the scripts and stylesheets, the offline page and the icons, the same for
 * any number of exams (the budget in tests/bench/budgets.json holds it). Every page is kept as it is read; an
 * exam's bank and question list when its quiz page is first opened (the page names them in
 * data-offline, and src/scripts/worker.ts asks the worker to keep them with Workbox's CACHE_URLS
 * message); the search engine and index when search is first used. The page a reader opened before the
 * worker took control is kept the same way, so what a reader has seen works offline.
 */
export function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const escaped = base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['_astro/**/*.{js,css}', 'offline/index.html', 'icons/*', 'manifest.webmanifest'],
          // Astro's Preact renderer can import @preact/signals for signal props; this site passes none.
          globIgnores: ['sw.js', '_headers', 'pagefind/**', '_astro/signals.module.*.js'],
          swDest: `${root}/sw.js`,
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // Pagefind asks for pagefind-entry.json?ts=<metaCacheTag>; the tag must not miss the precache.
          ignoreURLParametersMatching: [/^ts$/, /^retry$/, /^utm_/, /^fbclid$/],
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
            // online ones too.) A page asked for by CACHE_URLS is no navigation: it is known by its address,
            // which ends in "/" (the site makes no request to another origin).
            {
              urlPattern: ({ request, url }) => request.mode === 'navigate' || url.pathname.endsWith('/'),
              handler: 'NetworkFirst',
              options: { cacheName: 'pages', precacheFallback: { fallbackURL: `${base}offline/index.html` } },
            },
            // An exam's question bank: fresh when online (the quiz tells a learner which questions changed),
            // the last copy offline.
            { urlPattern: new RegExp(`${escaped}quiz/[\\w-]+\\.json$`), handler: 'NetworkFirst', options: { cacheName: 'quiz' } },
            // Pagefind's engine and index, and what the dialog knows of the site (search-config.json), kept from
            // the first search on and refreshed in the background.
            // (A RegExp, not a function: Workbox copies functions into sw.js as text, where `base` is unknown.)
            { urlPattern: new RegExp(`${escaped}(pagefind/|search-config\\.json$)`), handler: 'StaleWhileRevalidate', options: { cacheName: 'search' } },
          ],
        });
        // The precache is the shell alone, so a deploy that changes only pages would leave sw.js as it was, and
        // readers would not be told. The worker carries a hash of every file the build wrote: byte for byte the
        // same when nothing changed (no update offered), different when any page did.
        appendFileSync(join(root, 'sw.js'), `\n// site ${siteHash(root)}\n`);
        for (const w of warnings) logger.warn(w);
        logger.info(`precached ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}

/** A hash of every file under root but sw.js, by path and content. */
function siteHash(root: string): string {
  const hash = createHash('sha256');
  const files = filesUnder(root).filter((f) => f !== 'sw.js');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(root, f)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}
