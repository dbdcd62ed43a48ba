// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { headScript } from './src/integrations/head-script.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.ts';
import { rehypeBaseLinks } from './src/integrations/rehype-base-links.ts';
import { rehypeSanitizeContent } from './src/integrations/rehype-sanitize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { chunkImport } from './src/integrations/vite-chunk-import.ts';
import { deferPageScripts } from './src/integrations/defer-page-scripts.ts';
import { clientAfterLoad } from './src/integrations/client-after-load.ts';
import { cspPageHashes } from './src/integrations/csp-page-hashes.ts';
import { filesIn } from './src/utils/files.ts';
// The tags the MDX guide may use; any other JSX in content is removed at build time.
import { GUIDE_COMPONENTS } from './src/utils/guide-components.ts';

const settings = JSON.parse(readFileSync(new URL('./content/settings.json', import.meta.url), 'utf8'));

// SITE_BASE=/ai-102/ serves the whole site from a sub-folder; it must start and end with "/".
const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const contentDir = process.env.CONTENT_DIR ?? './content';
/**
 * Tags this build's search metadata so browsers and the service worker never mix two builds. It is a hash
 * of what the build is made from (content, code, locked dependencies), never the clock: two builds of one
 * commit are byte for byte the same, and a deploy that changes nothing offers readers no update.
 */
function sourceHash() {
  const hash = createHash('sha256');
  const inputs = [...filesIn(contentDir), ...filesIn('src'), 'package-lock.json', 'astro.config.mjs'].sort();
  for (const f of inputs)
    hash
      .update(`${f.replace(contentDir, 'content')}\0`)
      .update(readFileSync(f))
      .update('\0');
  return hash.digest('base64url').slice(0, 12);
}
const buildId = sourceHash();

export default defineConfig({
  // A build of its own (a test's second build, the scale bench) keeps its content cache apart, so two
  // builds at once never share Astro's data store (tests/support/build-env.ts sets it).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: process.env.SITE_URL ?? settings.siteUrl,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  markdown: {
    remarkPlugins: [remarkHeadingIds],
    // Sanitize first, then fix links. The components are those the guide may use (src/pages/[exam]/index.astro).
    rehypePlugins: [rehypeSanitizeContent({ components: [...GUIDE_COMPONENTS] }), rehypeBaseLinks(base)],
  },
  integrations: [
    contentCheck(contentDir),
    mdx(),
    preact(),
    clientAfterLoad(),
    headScript(),
    // Before Pagefind and the worker, so both see the final HTML.
    deferPageScripts(),
    cspPageHashes(),
    // Order matters: both run at astro:build:done, and the worker must precache Pagefind's files.
    pagefindIndex(),
    serviceWorker(base),
    hostHeaders(base),
  ],
  vite: {
    define: { __BUILD_ID__: JSON.stringify(buildId) },
    plugins: [chunkImport()],
    // terser packs the quiz island about 5% smaller than esbuild's minifier; the budget is 20 KB gzip.
    build: { modulePreload: false, minify: 'terser', terserOptions: { ecma: 2020, module: true, compress: { passes: 3 } } },
  },
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
