// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { headScript } from './src/integrations/theme-script.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.ts';
import { rehypeBaseLinks } from './src/integrations/rehype-base-links.ts';
import { rehypeSanitizeContent } from './src/integrations/rehype-sanitize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { plainDynamicImport } from './src/integrations/vite-plain-dynamic-import.ts';
import { deferPageScripts } from './src/integrations/defer-page-scripts.ts';
import { clientAfterLoad } from './src/integrations/client-after-load.ts';
import { cspPageHashes } from './src/integrations/csp-page-hashes.ts';

// The tags the MDX guide may use; any other JSX in content is removed at build time.
const guideComponents = ['SalaryTable', 'DomainTable', 'CertificationTable', 'CertificationPath', 'FaqTeaser', 'QuizSize', 'ExamFacts', 'SectionFacts'];

const settings = JSON.parse(readFileSync(new URL('./content/settings.json', import.meta.url), 'utf8'));

// SITE_BASE=/ai-102/ serves the whole site from a sub-folder; it must start and end with "/".
const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
// Tags this build's search metadata so browsers and the service worker never mix two builds.
const buildId = Date.now().toString(36);

export default defineConfig({
  site: process.env.SITE_URL ?? settings.siteUrl,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  markdown: {
    remarkPlugins: [remarkHeadingIds],
    // Sanitize first, then fix links. The components are those the guide may use (src/pages/[exam]/index.astro).
    rehypePlugins: [rehypeSanitizeContent({ components: guideComponents }), rehypeBaseLinks(base)],
  },
  integrations: [
    contentCheck(process.env.CONTENT_DIR ?? './content'),
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
    plugins: [plainDynamicImport()],
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
