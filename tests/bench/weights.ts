/*
 * What a page costs a reader, read from a build folder: HTML, CSS and JS bytes (raw and gzip), the
 * precache the service worker downloads, and the bytes a server sends. Shared by the bench
 * (tests/bench/bench.ts) and the scale bench (tests/bench/scale.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}
export const ZERO: Size = { raw: 0, gzip: 0 };
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
export const sizeOf = (b: Buffer | string): Size => ({ raw: Buffer.byteLength(b), gzip: gzipSync(b, { level: 9 }).length });
export const total = (files: string[]) => files.reduce((s, f) => add(s, sizeOf(readFileSync(f))), ZERO);

/** Every file under dir, as paths that start with dir. */
export { filesIn } from '../../src/utils/files';

/** The build's path of a site URL ("/prep/_astro/x.js" → <dist>/_astro/x.js), whatever the base. */
export const distPath = (dist: string, url: string, base: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

/** The base path a build was made for, from its home page. */
export function detectBase(dist: string): string {
  return /<html[^>]*\sdata-base="([^"]*)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '/';
}

/** A JS file and every module it imports statically, each counted once. */
function jsClosure(file: string, seen: Set<string>): Size {
  if (seen.has(file) || !existsSync(file)) return ZERO;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let sum = sizeOf(code);
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) sum = add(sum, jsClosure(resolve(dirname(file), m[1]!), seen));
  return sum;
}

/** A page's HTML, CSS and JS: inline scripts, <script src>, page modules, island components and their static imports. */
export function pageWeight(dist: string, file: string, base: string) {
  const html = readFileSync(file, 'utf8');
  let css = ZERO;
  let js = ZERO;
  const seen = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css = add(css, sizeOf(readFileSync(distPath(dist, m[1]!, base))));
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, sizeOf(m[1]!));
  for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    js = add(js, src ? jsClosure(distPath(dist, src, base), seen) : sizeOf(m[2]!));
  }
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) {
    const entry = distPath(dist, m[1]!, base);
    js = add(js, jsClosure(entry, seen));
    // An island entry that imports its component on hydration (QuizLoader) still costs it up front.
    if (existsSync(entry))
      for (const d of readFileSync(entry, 'utf8').matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g))
        js = add(js, jsClosure(resolve(dirname(entry), d[1]!), seen));
  }
  return { html: sizeOf(html), css, js, firstVisit: add(add(sizeOf(html), css), js) };
}

/** The files the service worker precaches, as paths in the build. */
export function precacheFiles(dist: string, base: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/url:"([^"]+)",revision/g), ...sw.matchAll(/"url":\s*"([^"]+)"/g)].map((m) => distPath(dist, m[1]!, base)))];
}

/**
 * The bytes a browser receives for a page from our server (compressed as Chrome asks: gzip, deflate or
 * br), headers included. The first round trip of a new connection carries about 14.6 KB (10 segments of
 * 1,460 B, as Lighthouse's simulation models it): a page that fits paints one round trip sooner.
 */
export const FIRST_ROUND_TRIP = 14_600;
export function servedBytes(url: string): Promise<number> {
  return new Promise((ok, fail) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      let bytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < res.rawHeaders.length; i += 2) bytes += res.rawHeaders[i]!.length + 2 + res.rawHeaders[i + 1]!.length + 2;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => ok(bytes));
      res.on('error', fail);
    }).on('error', fail);
  });
}

export function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
