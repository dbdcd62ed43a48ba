/*
 * npm run bench [-- --no-build --runs=N --pages=a/,b/ --no-lighthouse --compare=<other dist>]: build
 * time, and per page the bytes of HTML, CSS and JS (raw and gzip) a first view costs. JS counts inline scripts, <script src>, island components and their static imports; code a
 * page loads only on demand (search) is reported apart. Then Lighthouse on every page beside a bare floor
 * page (skip with --no-lighthouse). The bench exits non-zero when a budget in tests/bench/budgets.json is
 * exceeded; it is not part of `npm test`, because timings are not tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildEnv } from '../support/build-env';
import * as w8 from './weights';
import { add, FIRST_ROUND_TRIP, filesIn, kb, servedBytes, sizeOf, table, total, ZERO, type Size } from './weights';

// npm run bench -- --exams=2,12,30: the scale bench instead (synthetic exams, built in a temporary folder).
if (process.argv.some((a) => a.startsWith('--exams='))) {
  await import('./scale');
  process.exit(process.exitCode ?? 0);
}

const DIST = resolve('dist');

function build(): number {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore', env: buildEnv({}) });
  return performance.now() - started;
}

const htmlFiles = (dir: string) => filesIn(dir).filter((f) => f.endsWith('.html'));
export const pageWeight = (file: string, base: string) => w8.pageWeight(DIST, file, base);
const detectBase = () => w8.detectBase(DIST);

const buildMs = process.argv.includes('--no-build') ? null : build();
const base = detectBase();
console.log(`\nBuild: ${buildMs === null ? 'skipped' : `${(buildMs / 1000).toFixed(2)} s`} (base ${base})\n`);
const rows = [['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz']];
// A page's first visit: its HTML, CSS and JS. (A quiz page's bank waits until the reader reaches for the quiz.)
const weights = new Map<string, ReturnType<typeof pageWeight>>();
// Pages grouped by the exam they belong to (their first folder, when that is an exam id in content/exams/).
const examIds = new Set(
  readdirSync('content/exams')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, '')),
);
const perExam = new Map<string, { pages: number; bytes: Size }>();
for (const file of htmlFiles(DIST).sort()) {
  const w = pageWeight(file, base);
  const firstVisit = w.firstVisit;
  weights.set(relative(DIST, file), w);
  rows.push([relative(DIST, file), kb(w.html.raw), kb(w.html.gzip), kb(w.css.raw), kb(w.css.gzip), kb(w.js.raw), kb(w.js.gzip)]);
  const first = relative(DIST, file).split('/')[0]!;
  const group = examIds.has(first) ? first : 'shared and old addresses';
  const g = perExam.get(group) ?? { pages: 0, bytes: ZERO };
  perExam.set(group, { pages: g.pages + 1, bytes: add(g.bytes, firstVisit) });
}
table(rows);
console.log('\nPer exam (HTML + CSS + JS of each page, summed)');
table([['exam', 'pages', 'bytes', 'gzip'], ...[...perExam].map(([exam, g]) => [exam, String(g.pages), kb(g.bytes.raw), kb(g.bytes.gzip)])]);
// Each quiz page's own budget (issue 7): what runs before its first screen, in exact bytes.
const QUIZ_JS_BUDGET = 20 * 1024;
for (const [p, w] of weights) {
  if (!/^[a-z0-9-]+\/quiz\/index\.html$/.test(p)) continue;
  const js = w.js.gzip;
  console.log(
    `Quiz page initial JS, ${p}: ${js.toLocaleString('en')} B gzip (budget ${QUIZ_JS_BUDGET.toLocaleString('en')} B: ${js <= QUIZ_JS_BUDGET ? 'within' : 'OVER'})`,
  );
}

// ---- The quiz: its bank, lazy chunks, and the time to start an attempt at any bank size ----
import { startAttempt } from '../../src/quiz/attempt';
import type { Bank, Question } from '../../src/quiz/bank-schema';

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
    questions.push({ ...q, id: `${q.id}-${i}`, caseStudy: undefined });
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
    const a = startAttempt(bank, { secondsPerQuestion: 120, mode: 'exam', size, seed: r + 1, now: Date.now() });
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

// ---- Study over weeks: readiness over 10,000 answers, and scheduling 10,000 review cards ----
import { readiness } from '../../src/quiz/readiness';
import { due, reviewAll } from '../../src/quiz/review';
import { readinessWorkload } from '../unit/quiz/fixtures';

const workload = readinessWorkload(10_000);
const answered = Object.fromEntries(workload.bank.map((q, i) => [q.id, (i % 3) / 2]));
const studyTimes = (f: () => unknown) => median(Array.from({ length: 7 }, () => ((t) => (f(), performance.now() - t))(performance.now())));
const readinessMs = studyTimes(() => readiness(workload));
const scheduleMs = studyTimes(() => due(reviewAll({}, answered, Date.UTC(2026, 11, 6)), Date.UTC(2026, 11, 7)));
console.log(
  `\nReadiness over 10,000 answers: ${readinessMs.toFixed(1)} ms; scheduling 10,000 review cards (and finding those due): ${scheduleMs.toFixed(1)} ms (median of 7)`,
);

// ---- Search and offline: the Pagefind index, the precache, and what a first visit downloads ----
const pf = total(filesIn(join(DIST, 'pagefind')));
const index = total(filesIn(join(DIST, 'pagefind')).filter((f) => /\.pf_|pagefind-entry/.test(f)));
console.log(`\nPagefind: ${kb(pf.raw)} in pagefind/ (${kb(pf.gzip)} gzip), of which the index itself ${kb(index.raw)}`);

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = w8.precacheFiles(DIST, base);
const pre = total(precached);
console.log(`Precache: ${precached.length} files, ${kb(pre.raw)} (${kb(pre.gzip)} gzip); sw.js ${kb(sizeOf(sw).raw)} (${kb(sizeOf(sw).gzip)} gzip)`);
const home = pageWeight(join(DIST, 'index.html'), base);
const homeBytes = add(add(home.html, home.css), home.js);
console.log(
  `First visit to the home page: ${kb(homeBytes.gzip)} gzip for the page, then the worker fetches the precache in the background: ` +
    `${kb(add(homeBytes, pre).gzip)} gzip in all (less what the HTTP cache already holds).`,
);
// A quiz page's first visit: the page itself; the bank waits until the reader reaches for the quiz.
for (const exam of [...examIds].sort()) {
  const quiz = join(DIST, exam, 'quiz', 'index.html');
  if (!existsSync(quiz)) {
    console.log(`${exam}: no quiz page (no content/quiz/${exam}.json)`);
    continue;
  }
  const w = pageWeight(quiz, base);
  const page = add(add(w.html, w.css), w.js);
  const bank = sizeOf(readFileSync(join(DIST, 'quiz', `${exam}.json`)));
  console.log(`${exam} quiz: first visit ${kb(page.gzip)} gzip; with its bank, once the reader starts: ${kb(add(page, bank).gzip)} gzip`);
}

// ---- Lighthouse beside the floor, then the budgets ----
import { floorPage, measure, type Vitals } from './lighthouse';
import { serve } from '../../src/cli/serve.mjs';
import { budgetFor, budgets, measured } from './budget';

const over: string[] = [];
const check = (what: string, value: number, limit: number, unit: string) => {
  // A value that could not be measured (NaN) counts as over: a failed measurement is not a pass.
  if (!(value <= limit)) over.push(`${what}: ${value.toFixed(unit === 's' ? 2 : unit === 'B' ? 0 : 1)} ${unit} > ${limit} ${unit}`);
};
// --pages=index.html,quiz/ limits Lighthouse and the budgets to pages whose path starts with one of these.
const only = /--pages=(\S+)/.exec(process.argv.join(' '))?.[1]?.split(',');
const pages = [...weights.keys()].filter((p) => measured(p, readFileSync(join(DIST, p), 'utf8')) && (!only || only.some((o) => p.startsWith(o))));
for (const p of pages) {
  const w = weights.get(p)!;
  const limit = budgetFor(p);
  check(`${p} HTML gzip`, w.html.gzip / 1024, limit.htmlGzipKB, 'KB');
  check(`${p} CSS gzip`, w.css.gzip / 1024, limit.cssGzipKB, 'KB');
  check(`${p} JS gzip`, w.js.gzip / 1024, limit.jsGzipKB, 'KB');
  check(`${p} first visit gzip`, w.firstVisit.gzip / 1024, limit.firstVisitGzipKB, 'KB');
}
check('precache gzip', pre.gzip / 1024, budgets.precacheGzipKB, 'KB');
check('readiness over 10,000 answers', readinessMs / 1000, budgets.studyS, 's');
check('scheduling 10,000 review cards', scheduleMs / 1000, budgets.studyS, 's');

{
  const site = await serve({ root: 'dist', base, port: 0 });
  try {
    const rows = [['page', 'served (bytes)', 'first round trip']];
    for (const p of pages) {
      const limit = budgetFor(p);
      const bytes = await servedBytes(new URL(p.replace(/index\.html$/, ''), site.url).href);
      rows.push([p, bytes.toLocaleString('en'), bytes <= FIRST_ROUND_TRIP ? 'fits' : 'does not fit']);
      check(`${p} HTML as served, headers included`, bytes, limit.servedHtmlBytes, 'B');
    }
    console.log('\nHTML as the local server sends it to a browser (compressed, headers included)');
    table(rows);
  } finally {
    await site.close();
  }
}

if (!process.argv.includes('--no-lighthouse')) {
  const runs = Number(/--runs=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 3);
  const site = await serve({ root: 'dist', base, port: 0 });
  try {
    const gzipped = (await fetch(site.url, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding');
    if (gzipped !== 'gzip' && gzipped !== 'br') console.log('\nWarning: the local server does not compress; Lighthouse figures will be pessimistic.');
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(home)?.[1]?.replace(/<[^>]+>/g, '') ?? 'Floor';
    const text = (/<main[\s\S]*?<\/main>/.exec(home)?.[0] ?? '').replace(/<[^>]+>/g, ' ');
    const urls = pages.map((p) => new URL(p.replace(/index\.html$/, ''), site.url).href);
    // --compare=<dir>: another build of the same content (a default Starlight site, say), served the same
    // way and measured in the same rounds, page by page where it has a page at the same path.
    const otherDir = /--compare=(\S+)/.exec(process.argv.join(' '))?.[1];
    const other = otherDir ? await serve({ root: otherDir, base: '/', port: 0 }) : undefined;
    const otherUrls = new Map(
      other ? pages.filter((p) => existsSync(join(otherDir!, p))).map((p) => [p, new URL(p.replace(/index\.html$/, ''), other.url).href]) : [],
    );
    console.log(`\nLighthouse (mobile, simulated throttling; median of ${runs} rounds, site served compressed)`);
    const { floor, pages: vitals } = await measure([...urls, ...otherUrls.values()], floorPage(title, text), runs).finally(() => other?.close());
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const lrows = [['page', 'FCP', 'LCP', 'TBT', 'CLS', 'LCP - floor', ...(other ? ['other LCP', 'ours / other'] : [])]];
    lrows.push(['(floor page)', s(floor.fcp), s(floor.lcp), `${floor.tbt.toFixed(0)} ms`, floor.cls.toFixed(3), '-', ...(other ? ['', ''] : [])]);
    pages.forEach((p, i) => {
      const v = vitals.get(urls[i]!) as Vitals;
      const o = otherUrls.has(p) ? vitals.get(otherUrls.get(p)!) : undefined;
      const compared = other ? (o ? [s(o.lcp), (v.lcp / o.lcp).toFixed(2)] : ['-', '-']) : [];
      lrows.push([p, s(v.fcp), s(v.lcp), `${v.tbt.toFixed(0)} ms`, v.cls.toFixed(3), s(v.lcp - floor.lcp), ...compared]);
      check(`${p} LCP minus floor`, (v.lcp - floor.lcp) / 1000, budgets.lcpOverFloorS, 's');
      check(`${p} CLS`, v.cls, budgets.cls, '');
    });
    table(lrows);
  } finally {
    await site.close();
  }
}

// ---- Search quality: the judged query set (tests/bench/bench-search.ts) ----
import { benchSearch } from './bench-search';
await benchSearch(base);

console.log(over.length ? `\nOver budget (tests/bench/budgets.json):\n- ${over.join('\n- ')}` : '\nAll budgets in tests/bench/budgets.json hold.');
process.exitCode = over.length ? 1 : 0;
