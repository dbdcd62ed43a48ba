/*
 * npm run bench: build time, and per page the bytes of HTML, CSS and JS (raw and gzip) a first view
 * costs. JS counts inline scripts, <script src>, island components and their static imports; code a
 * page loads only on demand (search) is reported apart. Figures go in closing notes; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

interface Size {
  raw: number;
  gzip: number;
}
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const sizeOf = (b: Buffer | string): Size => ({ raw: Buffer.byteLength(b), gzip: gz(b) });
const ZERO: Size = { raw: 0, gzip: 0 };

function build(): number {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return performance.now() - started;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return f.endsWith('.html') ? [p] : [];
  });
}

/** dist/ path of a site URL ("/ai-102/_astro/x.js" → dist/_astro/x.js), whatever the base. */
function distPath(url: string, base: string): string {
  return join(DIST, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
}

/** A JS file and every module it imports statically, each counted once. */
function jsClosure(file: string, seen: Set<string>): Size {
  if (seen.has(file) || !existsSync(file)) return ZERO;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let total = sizeOf(code);
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    total = add(total, jsClosure(resolve(dirname(file), m[1]!), seen));
  }
  return total;
}

export function pageWeight(file: string, base: string) {
  const html = readFileSync(file, 'utf8');
  let css = ZERO;
  let js = ZERO;
  const seen = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css = add(css, sizeOf(readFileSync(distPath(m[1]!, base))));
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, sizeOf(m[1]!));
  for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    js = add(js, src ? jsClosure(distPath(src, base), seen) : sizeOf(m[2]!));
  }
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) js = add(js, jsClosure(distPath(m[1]!, base), seen));
  return { html: sizeOf(html), css, js };
}

function detectBase(): string {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  return /href="([^"]*?)favicon\.svg"/.exec(index)?.[1] ?? '/';
}

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}

const buildMs = process.argv.includes('--no-build') ? null : build();
const base = detectBase();
console.log(`\nBuild: ${buildMs === null ? 'skipped' : `${(buildMs / 1000).toFixed(2)} s`} (base ${base})\n`);
const rows = [['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz']];
for (const file of htmlFiles(DIST).sort()) {
  const w = pageWeight(file, base);
  rows.push([relative(DIST, file), kb(w.html.raw), kb(w.html.gzip), kb(w.css.raw), kb(w.css.gzip), kb(w.js.raw), kb(w.js.gzip)]);
}
table(rows);
