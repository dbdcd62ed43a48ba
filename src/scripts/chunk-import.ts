/*
 * Vite's dynamic-import helper, as this site needs it (src/integrations/vite-chunk-import.ts puts it in
 * Vite's place). Vite turns `import('./Results')` into `__vitePreload(() => import("./Results.<hash>.js"), deps)`,
 * where deps lists the stylesheets the chunk imports. This helper links those stylesheets and loads the
 * chunk, and makes Retry work whatever the engine does with a failed import. Engines differ on whether a
 * module whose fetch failed stays failed in the module map (whatwg/html pull request 10327): importing the
 * same URL again may fail at once without a request. So after a failure the chunk is imported under a URL
 * of its own (`?retry=n`), which no engine has seen fail; later imports keep that URL, so the chunk runs once.
 */
import { retryUrl } from './retry-url';
import { stylesheet } from './stylesheet';

/** How many times each chunk has failed; its next import uses `?retry=<count>`. */
const failures = new Map<string, number>();

/**
 * The chunk a Vite loader closure imports, resolved against this module (every chunk sits in `_astro/`),
 * or null when the closure is not `() => import("…")`. tests/e2e/quiz-failures.test.ts fails when Vite
 * changes that shape, since Retry would then ask for the URL that failed.
 */
export function chunkUrl(load: () => unknown): string | null {
  const specifier = /\bimport\(\s*(["'])([^"']+)\1\s*\)/.exec(String(load))?.[2];
  return specifier ? new URL(specifier, import.meta.url).href : null;
}

/** Imports a module by URL; after a failure, the next call asks for it under a new URL. */
export function importFresh<T>(url: string, load: () => Promise<T> = () => import(/* @vite-ignore */ url) as Promise<T>): Promise<T> {
  const n = failures.get(url) ?? 0;
  const loading = n ? (import(/* @vite-ignore */ retryUrl(url, n)) as Promise<T>) : load();
  return loading.catch((error: unknown) => {
    failures.set(url, n + 1);
    throw error;
  });
}

export function __vitePreload<T>(load: () => Promise<T>, deps?: string[]): Promise<T> {
  const css = Promise.all((deps ?? []).filter((d) => d.endsWith('.css')).map((href) => stylesheet(href)));
  const url = chunkUrl(load);
  const chunk = url ? importFresh(url, load) : load();
  // A chunk shows only with its styles; a failed stylesheet is removed, so Retry links it again.
  return Promise.all([chunk, css]).then(([module]) => module);
}
