/*
 * The smoke suite every engine runs: each page of the sitemap loads with no script error, a practice
 * attempt starts, checks answers and reaches its results, and search finds an FAQ answer. An engine
 * plugs in through EngineDriver; page-side code is passed as plain functions, so keep them free of
 * outer variables (each engine serializes them into the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankSchema, type Question } from '../../src/quiz/bank-schema';
import { readData } from '../../src/schemas/check';
import { BASE } from '../e2e/global-setup';
import { setDown } from './flaky';
import { goodCard } from '../support/fixed';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

export interface EngineDriver {
  /** Opens a path on the server (sitemap paths include the base), or a full URL, and waits for its load event. */
  goto(path: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  /** Presses one key (a KeyboardEvent key name) wherever focus is. */
  press(key: 'Escape'): Promise<void>;
  /** Gives a file from disk to an <input type=file>, as a learner picking it would. */
  upload(selector: string, path: string): Promise<void>;
  /** Picks the option with this value in a <select>, as a user would. */
  select(selector: string, value: string): Promise<void>;
  /** Runs fn in the page until it returns something truthy (a promise is awaited), and returns that. */
  waitFor<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Truthy<Awaited<T>>>;
  /** Console errors, uncaught errors, rejections and CSP violations since the last call. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Page-side, before a click: brings the element to the middle of the window at once, then resolves when it
 * has stayed put for three frames. The quiz scrolls smoothly after a check and when a question comes; a click
 * aimed while the page still moves lands beside its target (seen in WebKit: an option never ticked).
 * A reader waits for the page to settle too. Gives up after 300 frames, so the click still fails visibly.
 */
export function settleInView(e: Element): Promise<void> {
  return new Promise((ok) => {
    let last = '';
    let still = 0;
    let frames = 0;
    const frame = () => {
      const r = e.getBoundingClientRect();
      const middle = (r.top + r.bottom) / 2;
      const at = `${r.top} ${r.left}`;
      if (middle < 0 || middle > innerHeight) {
        e.scrollIntoView({ block: 'center', behavior: 'instant' });
        still = 0;
      } else still = at === last ? still + 1 : 0;
      last = at;
      if (still >= 3 || ++frames > 300) ok();
      else requestAnimationFrame(frame);
    };
    e.scrollIntoView({ block: 'center', behavior: 'instant' });
    requestAnimationFrame(frame);
  });
}

const bank = bankSchema.parse(readData('content/quiz/ai-102.json'));
const byId = new Map(bank.questions.map((q) => [q.id, q]));

/** The domains with the fewest questions between them that still hold every question type. */
function coveringDomains(): number[] {
  const domains = [...new Set(bank.questions.map((q) => q.domain))];
  const types = new Set(bank.questions.map((q) => q.type)).size;
  let best: number[] = domains;
  const count = (ds: number[]) => bank.questions.filter((q) => ds.includes(q.domain)).length;
  for (let mask = 1; mask < 1 << domains.length; mask++) {
    const chosen = domains.filter((_, i) => mask & (1 << i));
    const qs = bank.questions.filter((q) => chosen.includes(q.domain));
    if (new Set(qs.map((q) => q.type)).size === types && qs.length < count(best)) best = chosen;
  }
  return best;
}

/** Gives the bank's answer to a question by mouse, whatever its type. */
async function answerRight(d: EngineDriver, q: Question) {
  const scope = `.quiz-runner [data-question="${q.id}"]`;
  switch (q.type) {
    case 'single':
    case 'multi':
      // One option after another, each seen ticked before the next click, as a reader would.
      for (const id of q.type === 'single' ? [q.answer] : q.answer) {
        await d.click(`${scope} [data-option="${id}"] label`);
        await d.waitFor((sel) => document.querySelector<HTMLInputElement>(sel)?.checked, `${scope} [data-option="${id}"] input`);
      }
      return;
    case 'order':
      for (let i = 0; i < q.answer.length; i++) {
        const item = q.answer[i]!;
        // Its place on screen, counted from 1 so that the first place is truthy too.
        const place = () =>
          d.waitFor((s, id) => [...document.querySelectorAll(`${s} [data-item]`)].findIndex((e) => e.getAttribute('data-item') === id) + 1, scope, item);
        for (let from = await place(); from > i + 1; from--) {
          await d.click(`${scope} [data-item="${item}"] button`);
          await d.waitFor((s, id, want) => document.querySelectorAll(`${s} [data-item]`)[want]?.getAttribute('data-item') === id, scope, item, from - 2);
        }
      }
      return;
    case 'yesno':
      for (const s of q.statements) await d.click(`${scope} [data-statement="${s.id}"] label:nth-of-type(${s.answer ? 1 : 2})`);
      return;
    case 'dropdown':
      for (const b of q.blanks) await d.select(`${scope} select[data-blank="${b.id}"]`, b.answer);
  }
}

export function smokeSuite(engine: string, open: () => Promise<EngineDriver>, origin: () => string, flaky: () => string) {
  describe(`${engine}: smoke`, () => {
    let d: EngineDriver;
    beforeAll(async () => {
      d = await open();
    });
    afterAll(() => d?.close());

    it('loads every page in the sitemap with no script error, and registers the offline worker', async () => {
      const xml = await (await fetch(`${origin()}${BASE}sitemap.xml`)).text();
      const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      expect(pages).toEqual(expect.arrayContaining([BASE, `${BASE}salaries/`, `${BASE}ai-102/faq/`, `${BASE}ai-102/quiz/`, `${BASE}ai-103/quiz/`]));
      for (const path of pages) {
        await d.goto(path);
        expect(await d.waitFor(() => document.querySelector('main h1')?.textContent?.trim()), path).not.toMatch(/not found/i);
        // The page's modules are in (leaving earlier would abort their import, which Firefox reports as an error).
        expect(await d.waitFor(() => document.documentElement.dataset.modulesLoaded), path).toBe('1');
        // Modules and the quiz wait for the first paint, which this engine reports (not the 1.5 s fallback timer).
        expect(await d.waitFor(() => document.documentElement.dataset.painted), path).toMatch(/^(largest-contentful-paint|paint)$/);
        // The page's module has run to its end: it registers the service worker after the load event.
        expect(await d.waitFor(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL)), path).toBe(`${origin()}${BASE}sw.js`);
        // Its island (the quiz) has come, not a "could not be loaded"; leaving before would abort the island's import.
        expect(
          await d.waitFor(
            () => document.querySelector('[role=alert]')?.textContent || (!document.querySelector('astro-island[ssr], [data-quiz-loading]') && 'in'),
          ),
          path,
        ).toBe('in');
        expect(await d.errors(), path).toEqual([]);
      }
    });

    it('starts a practice attempt, checks every answer and reaches the results', async () => {
      const domains = coveringDomains();
      const count = bank.questions.filter((q) => domains.includes(q.domain)).length;
      await d.goto(`${BASE}ai-102/quiz/`);
      await d.waitFor(() => document.querySelector('.quiz-start form'));
      for (const id of new Set(bank.questions.map((q) => q.domain))) if (!domains.includes(id)) await d.click(`input[name=domain][value="${id}"]`);
      await d.click('input[name=size][value=all]');
      expect(await d.waitFor(() => document.querySelector('.quiz-summary')?.textContent)).toMatch(new RegExp(`^${count} questions\\b`));
      await d.click('.quiz-start button[type=submit]');
      const primary = '.quiz-runner .quiz-actions .button.primary';
      for (let n = 1; n <= count; n++) {
        const id = await d.waitFor(
          (n) =>
            document.querySelector('.quiz-runner .progress')?.textContent?.includes(`Question ${n} of`) &&
            document.querySelector('.quiz-runner [data-question]')?.getAttribute('data-question'),
          n,
        );
        await answerRight(d, byId.get(id)!);
        await d.waitFor(
          (s) =>
            document.querySelector<HTMLButtonElement>(s)?.textContent === 'Check answer' &&
            document.querySelector<HTMLButtonElement>(s)!.getAttribute('aria-disabled') !== 'true',
          primary,
        );
        await d.click(primary);
        expect(await d.waitFor(() => document.querySelector('.quiz-runner .verdict')?.className), id).toBe('verdict right');
        await d.click(primary);
      }
      expect(await d.waitFor(() => document.querySelector('.quiz-results [data-testid=score]')?.textContent?.trim())).toBe('100%');
      expect(await d.errors()).toEqual([]);
    });

    it('saves the progress to a file, clears it, and loads the file back', async () => {
      const T = Date.parse('2026-12-06T09:00:00Z');
      const entry = {
        id: 'a',
        finishedAt: T,
        mode: 'practice',
        percent: 100,
        passed: false,
        earned: 1,
        possible: 1,
        durationMs: 60_000,
        timedOut: false,
        domains: [],
        missed: [],
        points: { 'd1-invoice-service-choice': 1 },
      };
      const card = goodCard('d1-invoice-service-choice', T);
      const saved = {
        'ai102-quiz:history': JSON.stringify({ v: 1, entries: [entry] }),
        'ai102-quiz:review': JSON.stringify({ v: 1, cards: { [card.id]: card } }),
      };
      // Written from another page of the site, so no open quiz writes its own progress over it.
      await d.goto(`${BASE}salaries/`);
      await d.waitFor((s) => {
        localStorage.clear();
        for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
        return true;
      }, saved);
      await d.goto(`${BASE}ai-102/quiz/`);
      await d.waitFor(() => document.querySelector('.progress-tools [data-tool=save]'));
      // The download's contents, read from the Blob the page hands to the download link: a WebDriver client
      // cannot reach the file an engine saves, so the test watches URL.createObjectURL (the page has no hook).
      await d.waitFor(() => {
        const w = window as { savedText?: Promise<string> };
        const create = URL.createObjectURL;
        URL.createObjectURL = (b: Blob | MediaSource) => {
          w.savedText = (b as Blob).text();
          return create.call(URL, b);
        };
        return true;
      });
      await d.click('.progress-tools [data-tool=save]');
      const text = await d.waitFor(() => (window as { savedText?: Promise<string> }).savedText);
      const file = JSON.parse(text) as { format: string; exams: Record<string, { history: unknown[]; cards: Record<string, unknown> }> };
      expect(file.format).toBe('azure-ai-exam-guide/progress');
      expect(Object.keys(file.exams)).toEqual(['ai-102']);
      expect(file.exams['ai-102']!.history).toEqual([entry]);
      expect(file.exams['ai-102']!.cards).toEqual({ [card.id]: card });

      await d.click('.progress-tools [data-tool=clear]');
      await d.click('.progress-tools input[name=clear-scope][value=all]');
      await d.click('.progress-tools [data-tool=confirm-clear]');
      await d.waitFor(() => localStorage.length === 0);

      const path = join(mkdtempSync(join(tmpdir(), 'progress-')), 'progress.json');
      writeFileSync(path, text);
      await d.upload('#progress-file', path);
      expect(await d.waitFor(() => document.querySelector('[data-testid=progress-preview] li')?.textContent)).toBe('AI-102: 1 finished attempt, 1 review card');
      await d.click('.progress-tools [data-tool=confirm-load]');
      const back = await d.waitFor(
        () => localStorage.length === 2 && { history: localStorage.getItem('ai102-quiz:history'), cards: localStorage.getItem('ai102-quiz:review') },
      );
      expect(JSON.parse(back.history!)).toEqual(JSON.parse(saved['ai102-quiz:history']));
      expect(JSON.parse(back.cards!)).toEqual(JSON.parse(saved['ai102-quiz:review']));
      expect(await d.errors()).toEqual([]);
    });

    it('finds an FAQ answer with search and lands on it; Esc closes search and gives focus back', async () => {
      await d.goto(`${BASE}salaries/`);
      await d.click('[data-search-open]');
      await d.waitFor(() => document.activeElement?.id === 'search-input');
      await d.press('Escape');
      await d.waitFor(() => !document.querySelector('dialog[open]') && document.activeElement?.hasAttribute('data-search-open'));
      await d.click('[data-search-open]');
      await d.waitFor(() => document.activeElement?.id === 'search-input');
      await d.type('#search-input', 'printed');
      const hits = await d.waitFor(
        () =>
          /result/.test(document.querySelector('dialog .search-status')?.textContent ?? '') &&
          [...document.querySelectorAll('dialog .search-results a')].map((a) => a.getAttribute('href')),
      );
      const answer = `${BASE}ai-102/faq/#validity-and-renewal`;
      expect(hits).toContain(answer);
      await d.click(`dialog .search-results a[href="${answer}"]`);
      await d.waitFor((path) => location.pathname === path && location.hash === '#validity-and-renewal', `${BASE}ai-102/faq/`);
      // The answer ends up near the top of the window (the scroll is smooth, so wait for it to arrive).
      await d.waitFor(() => {
        const top = document.getElementById('validity-and-renewal')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < 200;
      });
      expect(await d.errors()).toEqual([]);
    });
    it("after a failed download, Retry loads the quiz's questions and the search engine without a reload", async () => {
      // A fresh origin, so no cache serves the files; the engine may or may not keep a failed import. Its service
      // worker stays out (sw.js is down throughout): installed by the first page, it would precache the chunks
      // made to fail, and serve them once it took control (seen in WebKit: the question screen's chunk came).
      const site = flaky();
      const down = (pattern: string | null) => setDown(site, pattern ? `${pattern}|/sw\\.js$` : '/sw\\.js$');
      // First the quiz island's own code, which Astro's island script imports.
      await down('/_astro/QuizLoader\\.');
      try {
        await d.goto(`${site}ai-102/quiz/`);
        expect(await d.waitFor(() => document.querySelector('[role=alert]')?.textContent)).toMatch(/^The quiz could not be loaded/);
        // Marks the document: a reload would lose the mark.
        await d.waitFor(() => ((window as { same?: number }).same = 1));
        await down('/_astro/Runner\\.');
        await d.click('[role=alert] button');
        await d.waitFor(() => document.querySelector('.quiz-start form'));
        // Reaching for the quiz loads the bank, then the question screen's chunk, which fails.
        await d.click('.quiz-start input[name=size]');
        expect(await d.waitFor(() => document.querySelector('.quiz-error[role=alert]')?.textContent)).toMatch(
          /questions could not be loaded; your answers are kept/,
        );
        await down(null);
        await d.click('.quiz-error button');
        await d.waitFor(() => !document.querySelector('.quiz-error'));
        await d.click('.quiz-start button[type=submit]');
        await d.waitFor(() => /Question 1 of/.test(document.querySelector('.quiz-runner .progress')?.textContent ?? ''));
        expect(await d.waitFor(() => (window as { same?: number }).same)).toBe(1);

        await down('/pagefind/pagefind\\.js$');
        await d.goto(`${site}salaries/`);
        await d.click('[data-search-open]');
        await d.waitFor(() => document.activeElement?.id === 'search-input');
        await d.type('#search-input', 'salary');
        await d.waitFor(() => /could not be loaded/.test(document.querySelector('dialog .search-status')?.textContent ?? ''));
        await down(null);
        await d.click('dialog .search-status button');
        expect(
          await d.waitFor(
            () =>
              /result/.test(document.querySelector('dialog .search-status')?.textContent ?? '') && document.querySelectorAll('dialog .search-results a').length,
          ),
        ).toBeGreaterThan(0);
      } finally {
        await setDown(site, null);
        // The failed downloads were reported as errors on purpose; the suite's later checks start clean.
        await d.errors();
      }
    });
  });
}
