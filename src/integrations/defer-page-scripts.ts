import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { filesIn } from '../utils/files';

/**
 * Takes the bundled page module (search wiring, service-worker registration) off the critical path.
 * Astro emits every processed <script> as `<script type="module" src>`; a module requested before first
 * paint delays it in Lighthouse's simulation, yet nothing in it is needed to paint. This step removes
 * those tags from the built HTML and lists their URLs in `data-page-modules` on <html>; the inline head
 * script (src/scripts/head/loader.ts) imports them once the page has loaded and painted, or at once when a reader asks for search first.
 * Islands are untouched: Astro loads them through <astro-island>, not through such tags.
 * tests/e2e/site.test.ts checks the built pages, so a change in how Astro emits scripts fails a test.
 */
export const MODULE_TAG = /<script type="module" src="([^"]+)"><\/script>/g;

export function deferPageModules(html: string): string {
  const urls = [...html.matchAll(MODULE_TAG)].map((m) => m[1]!);
  if (!urls.length) return html;
  return html.replace(MODULE_TAG, '').replace(/<html\b/, `<html data-page-modules="${urls.join(' ')}"`);
}

/** Applies a transform to every built HTML page under `dir` (a build:done step), writing only those it changes. */
export async function rewriteHtml(dir: URL, transform: (html: string) => string): Promise<void> {
  for (const file of filesIn(fileURLToPath(dir)).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(file, 'utf8');
    const out = transform(html);
    if (out !== html) await writeFile(file, out);
  }
}

/**
 * Astro writes the rule that keeps its island wrappers out of layout just before the first island, inside
 * <body>, where HTML allows no <style> (html-validate 10 and the Nu checker both say so). It belongs in
 * <head>; its CSP hash stays the same. tests/e2e/build-output.test.ts fails if Astro changes the rule.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
export const islandStyleToHead = (html: string) =>
  html.includes(ISLAND_STYLE) ? html.replace(ISLAND_STYLE, '').replace('</head>', `${ISLAND_STYLE}</head>`) : html;

export function deferPageScripts(): AstroIntegration {
  return {
    name: 'defer-page-scripts',
    hooks: {
      'astro:build:done': ({ dir }) => rewriteHtml(dir, (html) => islandStyleToHead(deferPageModules(html))),
    },
  };
}
