/*
 * Which classes a built page uses and which the CSS it can load defines. Read by
 * tests/e2e/build-output.test.ts. A page's CSS is its inline <style> elements, the stylesheets it links,
 * and every stylesheet its scripts can link on demand (the search dialog's, the update offer's, print's,
 * the CSS a lazily loaded island chunk imports): found by following the page's modules and islands
 * through their imports in dist/_astro/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The classes a stylesheet's selectors name (declarations, urls and numbers are not selectors). */
export function cssClasses(css: string): Set<string> {
  const out = new Set<string>();
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""');
  for (const [, prelude] of plain.matchAll(/([^{};]+)\{/g)) {
    if (prelude!.trim().startsWith('@')) continue;
    for (const [, name] of prelude!.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) out.add(name!);
  }
  return out;
}

/** The classes HTML (or markup inside a script's strings) writes in class="…" attributes. */
export function markupClasses(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\bclass(?:Name)?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    for (const name of (m[1] ?? m[2] ?? '').split(/\s+/)) if (/^-?[_a-zA-Z][\w-]*$/.test(name)) out.add(name);
  }
  return out;
}

/** The classes compiled JSX (Preact's `class:"…"` props) names as literal strings. */
export function jsxClasses(js: string): Set<string> {
  const out = new Set<string>();
  for (const m of js.matchAll(/\bclass(?:Name)?:\s*"([^"$]*)"/g)) {
    for (const name of m[1]!.split(/\s+/)) if (/^-?[_a-zA-Z][\w-]*$/.test(name)) out.add(name);
  }
  return out;
}

export interface PageStyles {
  /** Classes the page's server-rendered HTML uses. */
  html: Set<string>;
  /** Classes the page's modules write (the search dialog, the update offer), in markup strings. */
  scripts: Set<string>;
  /** Classes its islands write (JSX), from their chunks and every chunk those import. */
  islands: Set<string>;
  /** Classes the CSS it carries or can link defines. */
  defined: Set<string>;
  /** Every stylesheet file the page links or its scripts can link, under dist/. */
  sheets: string[];
}

/**
 * Everything a page can style with: `dist` is the build folder, `base` the base path it was built under,
 * `file` the page's HTML file under dist/.
 */
export function pageStyles(dist: string, base: string, file: string): PageStyles {
  const html = readFileSync(join(dist, file), 'utf8');
  const local = (url: string) => (url.startsWith(base) ? url.slice(base.length) : null);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const sheets = new Set<string>();
  for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = local(href!);
    if (f) sheets.add(f);
  }
  // The page's modules and islands, then everything they import, statically or on demand.
  const modules = /<html[^>]*data-page-modules="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
  const islandUrls = [...html.matchAll(/<astro-island[^>]*?\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const scripts = follow(modules);
  const islands = follow(islandUrls);
  function follow(urls: string[]): Set<string> {
    const queue = urls.map(local).filter((f): f is string => f !== null);
    const scripts = new Set<string>();
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f) || !existsSync(join(dist, f))) continue;
      seen.add(f);
      const js = readFileSync(join(dist, f), 'utf8');
      for (const c of [...markupClasses(js), ...jsxClasses(js)]) scripts.add(c);
      const dir = f.slice(0, f.lastIndexOf('/') + 1);
      for (const [, name] of js.matchAll(/["'`](?:\.\/|\/[^"'`]*\/_astro\/|_astro\/)?([\w.-]+\.(?:js|css))["'`]/g)) {
        const target = `${dir}${name}`;
        if (target.endsWith('.css')) sheets.add(target);
        else queue.push(target);
      }
    }
    return scripts;
  }
  const defined = new Set<string>();
  for (const css of [...inline, ...[...sheets].filter((s) => existsSync(join(dist, s))).map((s) => readFileSync(join(dist, s), 'utf8'))]) {
    for (const c of cssClasses(css)) defined.add(c);
  }
  // <template> and <noscript> content is markup too; scripts inside the page are not (they are checked as scripts).
  const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
  return {
    html: markupClasses(body),
    scripts,
    islands,
    defined,
    sheets: [...sheets].sort(),
  };
}
