/*
 * npm run bench: build time, and per page the bytes of HTML, CSS and JS (raw and gzip) a first view
 * costs. JS counts inline scripts, <script src>, island components and their static imports; code a
 * page loads only on demand (search) is reported apart. Figures go in closing notes; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildEnv } from './build-env';

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
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore', env: buildEnv({}) });
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
// The quiz page's own budget (issue 7): what runs before the first screen, in exact bytes.
const QUIZ_JS_BUDGET = 20 * 1024;
const quizJs = pageWeight(join(DIST, 'quiz', 'index.html'), base).js.gzip;
console.log(`\nQuiz page initial JS: ${quizJs.toLocaleString('en')} B gzip (budget ${QUIZ_JS_BUDGET.toLocaleString('en')} B: ${quizJs <= QUIZ_JS_BUDGET ? 'within' : 'OVER'})`);

// ---- The quiz: its bank, lazy chunks, and the time to start an attempt at any bank size ----
import { startAttempt } from '../quiz/attempt';
import type { Bank, Question } from '../quiz/bank-schema';

const bankFiles = readdirSync(join(DIST, 'quiz')).filter((f) => f.endsWith('.json'));
for (const f of bankFiles) {
  const s = sizeOf(readFileSync(join(DIST, 'quiz', f)));
  console.log(`\nQuestion bank quiz/${f}: ${kb(s.raw)} (${kb(s.gzip)} gzip)`);
}
// Chunks the quiz island imports on demand (exam tools when an exam starts, results when one ends).
const astroDir = join(DIST, '_astro');
const lazy = new Set<string>();
for (const f of readdirSync(astroDir).filter((n) => n.endsWith('.js') && !n.startsWith('client.'))) {
  // (client.*.js is Astro's Preact renderer: its one dynamic import, @preact/signals, serves signal props, which this site never passes.)
  for (const m of readFileSync(join(astroDir, f), 'utf8').matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)) lazy.add(m[1]!);
}
for (const f of [...lazy].sort()) {
  const s = sizeOf(readFileSync(join(astroDir, f)));
  console.log(`Loaded on demand: _astro/${f}: ${kb(s.raw)} (${kb(s.gzip)} gzip)`);
}

/** A bank of n questions made by cycling the real ones under new ids, so its JSON is realistic. */
function synthetic(real: Bank, n: number): string {
  const questions: Question[] = [];
  for (let i = 0; i < n; i++) {
    const q = real.questions[i % real.questions.length]!;
    questions.push({ ...q, id: `${q.id}-${i}`, caseStudy: undefined, domain: (i % 6) + 1 });
  }
  return JSON.stringify({ ...real, questions });
}

function median(xs: number[]) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** What the island does on "Start": parse the bank, index it, pick and shuffle questions. */
function timeStart(json: string, size: number | 'all', runs: number) {
  const times: number[] = [];
  const startOnly: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const bank = JSON.parse(json) as Bank;
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const t1 = performance.now();
    const a = startAttempt(bank, { mode: 'exam', size, seed: r + 1, now: Date.now() });
    const t2 = performance.now();
    if (!byId.has(a.questionIds[0]!)) throw new Error('bad start');
    times.push(t2 - t0);
    startOnly.push(t2 - t1);
  }
  return { total: median(times), start: median(startOnly) };
}

const realJson = readFileSync(join(DIST, 'quiz', bankFiles[0]!), 'utf8');
const real = JSON.parse(realJson) as Bank;
console.log('\nStarting an attempt (median; "start" = choose and shuffle, "with parse" adds JSON.parse and indexing)');
const startRows = [['bank', 'JSON', 'size', 'start', 'with parse']];
for (const [label, json] of [
  [`real (${real.questions.length})`, realJson],
  ['synthetic 1,000', synthetic(real, 1000)],
  ['synthetic 10,000', synthetic(real, 10_000)],
] as const) {
  for (const size of [20, 'all'] as const) {
    const t = timeStart(json, size, label.includes('10,000') ? 15 : 50);
    startRows.push([label, kb(json.length), String(size), `${t.start.toFixed(2)} ms`, `${t.total.toFixed(2)} ms`]);
  }
}
table(startRows);

// ---- Search and offline: the Pagefind index, the precache, and what a first visit downloads ----
function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesIn(join(dir, f)) : [join(dir, f)]));
}
const total = (files: string[]) => files.reduce((s, f) => add(s, sizeOf(readFileSync(f))), ZERO);
const pf = total(filesIn(join(DIST, 'pagefind')));
const index = total(filesIn(join(DIST, 'pagefind')).filter((f) => /\.pf_|pagefind-entry/.test(f)));
console.log(`\nPagefind: ${kb(pf.raw)} in pagefind/ (${kb(pf.gzip)} gzip), of which the index itself ${kb(index.raw)}`);

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)",revision/g), ...sw.matchAll(/"url":\s*"([^"]+)"/g)].map((m) => distPath(m[1]!, base));
const pre = total([...new Set(precached)]);
console.log(`Precache: ${precached.length} files, ${kb(pre.raw)} (${kb(pre.gzip)} gzip); sw.js ${kb(sizeOf(sw).raw)} (${kb(sizeOf(sw).gzip)} gzip)`);
const home = pageWeight(join(DIST, 'index.html'), base);
const homeBytes = add(add(home.html, home.css), home.js);
console.log(
  `First visit to the guide: ${kb(homeBytes.gzip)} gzip for the page, then the worker fetches the precache in the background: ` +
    `${kb(add(homeBytes, pre).gzip)} gzip in all (less what the HTTP cache already holds).`,
);
