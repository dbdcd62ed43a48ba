/*
 * npm run bench -- --exams=2,12,30: the site built with N exams in all, the real ones plus synthetic
 * copies of a real exam under generated codes (made in a temporary folder, never in content/). For each
 * N: build time, pages, search index, precache, the home page and an article as served, and one quiz's
 * first visit. A reader who never opens an exam should pay nothing for it: the precache and an article's
 * bytes must stay flat in N (budgets in tests/bench/budgets.json), and build time no worse than linear.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../src/cli/serve.mjs';
import { buildEnv } from '../support/build-env';
import budgets from './budgets.json';
import { FIRST_ROUND_TRIP, filesIn, kb, pageWeight, precacheFiles, servedBytes, table, total } from './weights';

const COPY = 'ai-103';
const counts = /--exams=(\S+)/.exec(process.argv.join(' '))![1]!.split(',').map(Number);
const real = readdirSync('content/exams').filter((f) => f.endsWith('.yaml')).length;

/** content/ with `extra` copies of COPY as exams sx-101, sx-102, … (codes SX-101, …). */
function syntheticContent(extra: number): string {
  const dir = mkdtempSync('node_modules/.cache/scale-content-');
  cpSync('content', dir, { recursive: true });
  const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
  const profile = readFileSync(join(dir, 'exams', `${COPY}.yaml`), 'utf8');
  for (let i = 1; i <= extra; i++) {
    const id = `sx-${100 + i}`;
    const code = `SX-${100 + i}`;
    writeFileSync(join(dir, 'exams', `${id}.yaml`), profile.replace(/^code: .*$/m, `code: ${code}`).replace(/^title: (.*)$/m, `title: $1 (copy ${i})`));
    cpSync(join(dir, 'guide', `${COPY}.mdx`), join(dir, 'guide', `${id}.mdx`));
    cpSync(join(dir, 'faq', COPY), join(dir, 'faq', id), { recursive: true });
    const bank = JSON.parse(readFileSync(join(dir, 'quiz', `${COPY}.json`), 'utf8'));
    writeFileSync(join(dir, 'quiz', `${id}.json`), JSON.stringify({ ...bank, exam: id }, null, 2));
    settings.offers[id] = null;
  }
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

const rows = [['exams', 'build', 'pages', 'search index', 'precache gz', 'home served', 'article served', 'article first visit gz', 'quiz first visit gz']];
const over: string[] = [];
const articles: number[] = [];
for (const n of counts) {
  if (n < real) throw new Error(`--exams=${n}: the site already has ${real} exams`);
  const content = syntheticContent(n - real);
  mkdirSync('node_modules/.cache', { recursive: true });
  const out = mkdtempSync('node_modules/.cache/scale-dist-');
  try {
    const started = performance.now();
    try {
      execFileSync('npx', ['astro', 'build', '--force', '--outDir', out], {
        stdio: 'pipe',
        env: buildEnv({ CONTENT_DIR: content, SITE_BASE: '/' }, { isolated: true }),
      });
    } catch (e) {
      const { stdout, stderr } = e as { stdout: Buffer; stderr: Buffer };
      throw new Error(`the build with ${n} exams failed:\n${String(stdout).slice(-3000)}\n${String(stderr).slice(-3000)}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const pages = filesIn(out).filter((f) => f.endsWith('.html')).length;
    const index = total(filesIn(join(out, 'pagefind')));
    const pre = total(precacheFiles(out, '/'));
    const article = pageWeight(out, join(out, COPY, 'faq', 'index.html'), '/');
    const quiz = pageWeight(out, join(out, COPY, 'quiz', 'index.html'), '/');
    const site = await serve({ root: out, base: '/', port: 0 });
    const home = await servedBytes(site.url).finally(() => undefined);
    const articleServed = await servedBytes(`${site.url}${COPY}/faq/`);
    await site.close();
    articles.push(article.firstVisit.gzip);
    rows.push([
      String(n),
      `${seconds.toFixed(1)} s`,
      String(pages),
      kb(index.raw),
      kb(pre.gzip),
      `${home.toLocaleString('en')} B`,
      `${articleServed.toLocaleString('en')} B`,
      kb(article.firstVisit.gzip),
      kb(quiz.firstVisit.gzip),
    ]);
    if (pre.gzip / 1024 > budgets.precacheGzipKB) over.push(`${n} exams: precache ${kb(pre.gzip)} > ${budgets.precacheGzipKB} KB`);
    if (n <= 12 && home > FIRST_ROUND_TRIP) over.push(`${n} exams: home page ${home} B as served > ${FIRST_ROUND_TRIP} B`);
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
console.log(`\nThe site with N exams (${real} real, the rest copies of ${COPY}); articles measured on /${COPY}/faq/`);
table(rows);
// Flat: past the menu's four exams an article gains one "All exams" link, and nothing more however many follow.
const ALL_EXAMS_LINK = 64;
if (Math.max(...articles) - Math.min(...articles) > ALL_EXAMS_LINK)
  over.push(`an article's first visit grows with the number of exams: ${articles.map((a) => `${a} B`).join(', ')} gzip`);
console.log(over.length ? `\nOver budget:\n- ${over.join('\n- ')}` : '\nPrecache and article bytes are flat in N; the budgets hold.');
process.exitCode = over.length ? 1 : 0;
