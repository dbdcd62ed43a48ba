/*
 * The quiz as a study companion (issue 19): spaced review after every attempt, readiness from the saved
 * history, and progress carried in a file. Time comes from page.clock, the order of questions from a seed,
 * and the pages run in UTC so the dates in words are fixed. Expected values are worked out by hand here.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, it, newPage, url } from '../support/browser';
import { seedQuestions } from '../support/quiz';
import { goodCard } from '../support/fixed';
import { answerByMouse, at, currentQuestion, finishPractice, planned, startByMouse } from './quiz-driver';

const T = Date.parse('2026-12-06T09:00:00Z');
const DAY = 86_400_000;
const HISTORY = 'ai102-quiz:history';
const CARDS = 'ai102-quiz:review';

async function open(browser: Browser, time: number, seed: Record<string, string> = {}, viewport = { width: 1280, height: 800 }) {
  const session = await newPage(browser, { viewport, timezoneId: 'UTC', acceptDownloads: true });
  await seedQuestions(session.page);
  await session.page.clock.setFixedTime(time);
  if (Object.keys(seed).length) {
    // Written before the page's own scripts run, once: a reload keeps what the page saved since.
    await session.page.addInitScript((s) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
    }, seed);
  }
  await session.page.goto(url('ai-102/quiz/'));
  await session.page.locator('.quiz-start').waitFor();
  return session;
}

interface Card {
  id: string;
  due: number;
  lastReview: number | null;
}
const cardsOf = async (page: Page, key = CARDS) =>
  page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? '{"cards":{}}') as { cards: Record<string, Card> }).cards, key);
/** Every key the quiz saved, parsed, so two snapshots compare by value. */
const snapshot = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => /-quiz:/.test(k))
        .sort()
        .map((k) => [k, JSON.parse(localStorage.getItem(k)!)]),
    ),
  );

/** A saved history entry with per-question points, as the quiz writes it (src/quiz/record.ts). */
function entry(id: string, finishedAt: number, points?: Record<string, number>, missed: string[] = []) {
  return {
    id,
    finishedAt,
    mode: 'practice',
    percent: 50,
    passed: false,
    earned: 1,
    possible: 2,
    durationMs: 60_000,
    timedOut: false,
    domains: [],
    missed,
    ...(points && { points }),
  };
}
const history = (...entries: ReturnType<typeof entry>[]) => JSON.stringify({ v: 1, entries });

describe('spaced review', () => {
  it('brings back the 4 missed of 10 after a day, asks exactly those, and moves each later once answered right', async ({ browser }) => {
    const { page, context, watch } = await open(browser, T);
    await startByMouse(page, 'practice', '10');
    const plan = (i: number) => (i < 4 ? 'wrong' : 'right');
    const seen = await finishPractice(page, 10, plan);
    const wrong = seen
      .slice(0, 4)
      .map((q) => q.id)
      .sort();
    const right = seen.slice(4).map((q) => q.id);

    // FSRS with whole days (src/quiz/review.ts): a new card answered wrong (Again) is due 1 day later,
    // one answered right (Good) 3 days later, both counted from the finish, T.
    await expect.poll(async () => Object.keys(await cardsOf(page)).length).toBe(10);
    const cards = await cardsOf(page);
    for (const id of wrong) expect(cards[id], id).toMatchObject({ due: T + DAY, lastReview: T });
    for (const id of right) expect(cards[id], id).toMatchObject({ due: T + 3 * DAY, lastReview: T });
    // The results say when each missed question comes back: 7 December (T + 1 day).
    await page.getByLabel(/^Not fully right/).check();
    const back = await page.$$eval('.answer-list > li', (els) =>
      els.map((e) => [e.getAttribute('data-question'), e.querySelector('[data-testid=back-for-review] .visually-hidden')?.textContent]),
    );
    expect(back.map(([id]) => id).sort()).toEqual(wrong);
    for (const [, text] of back) expect(text).toBe(', back for review on 7 December');
    // The results carry the readiness too: 10 of 35 answered is under half the bank.
    expect(await page.locator('.quiz-results [data-testid=readiness-verdict]').textContent()).toBe('Not enough to tell yet');
    expect(await page.locator('.quiz-results [data-testid=readiness-coverage]').textContent()).toBe('10 of 35 questions answered.');

    // A day later the 4 wrong ones are due, and none of the 6 right ones.
    await page.clock.setFixedTime(T + DAY);
    await page.reload();
    // The finished attempt's results show again after a reload; New quiz leads to the start screen.
    await page.getByRole('button', { name: 'New quiz' }).click();
    await expect.poll(() => page.locator('[data-testid=due-count]').textContent()).toMatch(/^4 questions due for review/);
    await page.getByRole('button', { name: 'Review the 4 due' }).click();
    await page.locator('.quiz-runner').waitFor();
    // Equally overdue, so in question id order; answered right, each with feedback after Check.
    const asked: string[] = [];
    for (let i = 0; i < 4; i++) {
      await at(page, i + 1);
      expect((await page.locator('.quiz-runner .progress').textContent())!).toMatch(/Question \d+ of 4/);
      const q = await currentQuestion(page);
      asked.push(q.id);
      await answerByMouse(page, q, planned(q, 'right'));
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect.poll(() => page.locator('.quiz-runner [data-testid=verdict]').getAttribute('class')).toBe('verdict right');
      await page.getByRole('button', { name: i === 3 ? 'See results' : 'Next question' }).click();
    }
    expect(asked).toEqual(wrong);
    await page.locator('.quiz-results').waitFor();
    await expect.poll(async () => Object.values(await cardsOf(page)).filter((c) => c.lastReview === T + DAY).length).toBe(4);
    const after = await cardsOf(page);
    // Each one's next due date is later than the day it was due before (T + 1 day).
    for (const id of wrong) expect(after[id]!.due, id).toBeGreaterThan(T + DAY);
    for (const id of right) expect(after[id], id).toEqual(cards[id]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('builds cards once from a history saved before points were kept: its misses come back a day after their attempt', async ({ browser }) => {
    // Today's saved history: no points, only the misses of an attempt finished two days before T.
    const old = entry('legacy', T - 2 * DAY, undefined, ['d1-invoice-service-choice', 'd3-function-tool-execution']);
    const { page, context, watch } = await open(browser, T, { [HISTORY]: history(old) });
    await expect.poll(() => page.locator('[data-testid=due-count]').textContent()).toMatch(/^2 questions due for review/);
    // Counted wrong (Again) at their attempt's finish: due at T − 2 days + 1 day.
    expect(await cardsOf(page)).toEqual({
      'd1-invoice-service-choice': expect.objectContaining({ due: T - DAY, lastReview: T - 2 * DAY }),
      'd3-function-tool-execution': expect.objectContaining({ due: T - DAY, lastReview: T - 2 * DAY }),
    });
    // Once: a reload keeps the cards as they are.
    const saved = await page.evaluate((k) => localStorage.getItem(k), CARDS);
    await page.reload();
    await page.locator('[data-testid=due-count]').waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), CARDS)).toBe(saved);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

/*
 * Readiness worked by hand (method: src/quiz/readiness.ts). AI-102's domains weigh 20-25, 15-20, 5-10,
 * 10-15, 15-20 and 15-20%: midpoints 22.5, 17.5, 7.5, 12.5, 17.5, 17.5, sum 95, so w = midpoint / 95.
 * The latest answer to each question (entry 'b' is later than 'a', so it wins where both answered):
 *   D1 n=4 s=4    D2 n=4 s=3    D3 n=3 s=1    D4 n=3 s=3    D5 n=4 s=2 (1, ½, ½, 0)    D6 n=2 s=2
 * 20 of 35 answered (at least half), every domain answered.
 * Estimate = (22.5·1 + 17.5·0.75 + 7.5·⅓ + 12.5·1 + 17.5·0.5 + 17.5·1) / 95
 *          = (22.5 + 13.125 + 2.5 + 12.5 + 8.75 + 17.5) / 95 = 76.875 / 95 = 0.8092 → 81%.
 * Posterior means (s + ½)/(n + 1): 0.9, 0.7, 0.375, 0.875, 0.5, 0.8333;
 * variances m(1 − m)/(n + 2): 0.015, 0.035, 0.046875, 0.021875, 0.041667, 0.034722.
 * Mean = (22.5·0.9 + 17.5·0.7 + 7.5·0.375 + 12.5·0.875 + 17.5·0.5 + 17.5·0.8333) / 95
 *      = (20.25 + 12.25 + 2.8125 + 10.9375 + 8.75 + 14.5833) / 95 = 69.5833 / 95 = 0.73246.
 * Variance = (506.25·0.015 + 306.25·0.035 + 56.25·0.046875 + 156.25·0.021875 + 306.25·0.041667 + 306.25·0.034722) / 95²
 *          = (7.5938 + 10.7188 + 2.6367 + 3.4180 + 12.7604 + 10.6337) / 9025 = 47.7613 / 9025 = 0.0052921;
 * sd = 0.072747, z·sd = 1.2816 · 0.072747 = 0.093233.
 * Interval = 0.73246 ± 0.09323 = [0.63922, 0.82569] → 64% to 83%: it holds the pass line, 70%: Borderline.
 * Fewer than 3 answers: domain 6 only. Weakest (lowest posterior mean): domain 3, 0.375, with 1 of 3 points.
 */
const LATEST: Record<string, number> = {
  'd1-invoice-service-choice': 1,
  'd1-openai-contributor-role': 1,
  'd1-entra-custom-subdomain': 1,
  'd1-prompt-shields-attacks': 1,
  'd2-lower-temperature-focused': 1,
  'd2-tracing-app-insights': 1,
  'd2-vision-local-image': 1,
  'd2-rag-evaluators-no-ground-truth': 0,
  'd3-function-tool-execution': 1,
  'd3-agent-framework-successor': 0,
  'd3-file-search-code-interpreter': 0,
  'd4-dense-captions-regions': 1,
  'd4-custom-vision-object-detection': 1,
  'd4-face-verification-limited-access': 1,
  'd5-clu-project-lifecycle': 1,
  'd5-translator-document-and-custom': 0.5,
  'd5-textanalytics-opinion-mining-python': 0.5,
  'd5-ssml-style-degree': 0,
  'd6-cs-skillset-webapi-tables': 1,
  'd6-hybrid-search-rrf': 1,
};
const READINESS_HISTORY = history(
  entry('b', T - DAY, LATEST),
  // Older answers that 'b' replaces: d1 was wrong then, d2's was right then.
  entry('a', T - 2 * DAY, { 'd1-invoice-service-choice': 0, 'd2-rag-evaluators-no-ground-truth': 1 }),
);

describe('readiness', () => {
  it('shows the hand-worked estimate, interval, coverage and verdict, and drills the weakest domain in one click', async ({ browser }) => {
    const { page, context, watch } = await open(browser, T, { [HISTORY]: READINESS_HISTORY });
    const panel = page.locator('.quiz-start [data-testid=readiness]');
    await panel.waitFor();
    expect(await panel.locator('[data-testid=readiness-verdict]').textContent()).toBe('Borderline');
    expect(await panel.getAttribute('data-verdict')).toBe('borderline');
    expect(await panel.locator('[data-testid=readiness-estimate]').textContent()).toMatch(/^Your estimate: 81% of the points/);
    expect(await panel.locator('[data-testid=readiness-interval]').textContent()).toBe('Likely range (80% interval): 64% to 83%. Pass line: 70%.');
    expect(await panel.locator('[data-testid=readiness-coverage]').textContent()).toBe('20 of 35 questions answered.');
    expect(await panel.locator('[data-testid=readiness-thin]').textContent()).toBe(
      'Fewer than 3 answers in: 6. Implement knowledge mining and information extraction solutions (2 answers).',
    );
    const text = (await panel.textContent())!;
    expect(text).toMatch(/not Microsoft's scaled score/);
    expect(text).toMatch(/35 questions cannot predict an exam/);
    expect(await panel.locator('[data-testid=readiness-weakest]').textContent()).toMatch(/^Weakest domain: 3\. Implement an agentic solution \(1 of 3 points/);
    // The meter draws the same numbers: the band from 64% to 83% (to the pixel's rounding), the pass line at 70%.
    const box = async (sel: string) => (await panel.locator(sel).boundingBox())!;
    const track = await box('.meter-track');
    const band = await box('.meter-band');
    expect((band.x - track.x) / track.width).toBeCloseTo(0.639, 2);
    expect((band.x + band.width - track.x) / track.width).toBeCloseTo(0.826, 2);
    expect(((await box('.meter-pass')).x - track.x) / track.width).toBeCloseTo(0.7, 2);

    expect(await axe(page, '[data-testid=readiness]')).toEqual([]);
    // One click drills domain 3 (its 3 questions) in practice.
    await panel.getByRole('button', { name: 'Drill domain 3' }).click();
    await page.locator('.quiz-runner').waitFor();
    expect((await page.locator('.quiz-runner .progress').textContent())!).toMatch(/Question 1 of 3/);
    expect((await currentQuestion(page)).domain).toBe(3);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('is axe clean in both themes at 360x740 and 1280x800, and its screenshots are saved', async ({ browser }) => {
    mkdirSync('tests/artifacts/study', { recursive: true });
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, context } = await open(browser, T, { [HISTORY]: READINESS_HISTORY }, viewport);
        await page.emulateMedia({ colorScheme: scheme });
        const panel = page.locator('.quiz-start [data-testid=readiness]');
        await panel.waitFor();
        await page.locator('[data-testid=review]').waitFor();
        expect(await axe(page, '.quiz'), `${scheme} ${viewport.width}`).toEqual([]);
        await panel.screenshot({ path: `tests/artifacts/study/readiness-${viewport.width}x${viewport.height}-${scheme}.png`, animations: 'disabled' });
        await context.close();
      }
    }
  });
});

describe('progress in a file', () => {
  // Two exams' progress: AI-102's history and cards, AI-103's history.
  const card = (id: string, due: number) => goodCard(id, due - 3 * DAY);
  const SEED = {
    [HISTORY]: READINESS_HISTORY,
    [CARDS]: JSON.stringify({
      v: 1,
      cards: { 'd1-invoice-service-choice': card('d1-invoice-service-choice', T + DAY), 'd6-hybrid-search-rrf': card('d6-hybrid-search-rrf', T - DAY) },
    }),
    'ai103-quiz:history': history(entry('c', T - 3 * DAY, { 'd1-x': 1 })),
  };

  it('saves every exam to one file; after clearing every exam, loading it brings back the same saved data', async ({ browser }) => {
    const { page, context, watch } = await open(browser, T, SEED);
    await page.locator('[data-testid=readiness]').waitFor();
    const before = await snapshot(page);
    expect(Object.keys(before)).toEqual(['ai102-quiz:history', 'ai102-quiz:review', 'ai103-quiz:history']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save progress to a file' }).click()]);
    expect(download.suggestedFilename()).toBe('azure-ai-exam-progress-2026-12-06.json');
    const file = readFileSync((await download.path())!, 'utf8');
    const parsed = JSON.parse(file);
    expect(parsed).toMatchObject({ format: 'azure-ai-exam-guide/progress', version: 1, exported: '2026-12-06T09:00:00.000Z' });
    expect(Object.keys(parsed.exams).sort()).toEqual(['ai-102', 'ai-103']);
    expect(await page.locator('[data-testid=progress-message]').textContent()).toMatch(
      /^Progress saved to azure-ai-exam-progress-2026-12-06\.json: AI-103, AI-102\.$/,
    );

    // Clear every exam, with a confirmation first.
    await page.getByRole('button', { name: 'Clear my progress' }).click();
    await page.getByLabel(/^Every exam/).check();
    await page.getByRole('button', { name: 'Clear every exam' }).click();
    await expect.poll(() => snapshot(page)).toEqual({});
    await expect.poll(() => page.locator('[data-testid=announcer]').textContent()).toBe('Your progress on every exam was cleared.');
    // The open page follows: no readiness and no review without a history.
    await expect.poll(() => page.locator('[data-testid=readiness]').count()).toBe(0);
    expect(await page.locator('[data-testid=review]').count()).toBe(0);

    // Load: the file's contents are shown first, and nothing changes until confirmed.
    await page.locator('#progress-file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const preview = page.locator('[data-testid=progress-preview]');
    await preview.waitFor();
    expect(await preview.locator('h4').textContent()).toBe('progress.json, saved on 6 December 2026, holds:');
    expect(await preview.locator('li').allTextContents()).toEqual([
      'AI-103: 1 finished attempt, 0 review cards',
      'AI-102: 2 finished attempts, 2 review cards',
    ]);
    expect(await snapshot(page)).toEqual({});
    expect(await axe(page, '.progress-tools')).toEqual([]);
    await preview.getByRole('button', { name: 'Add to my progress' }).click();
    await expect.poll(() => snapshot(page)).toEqual(before);
    // And the page shows it at once: the readiness and the due card are back.
    await page.locator('[data-testid=readiness]').waitFor();
    expect(await page.locator('[data-testid=due-count]').textContent()).toMatch(/^1 question due for review/);
    await expect.poll(() => page.locator('[data-testid=announcer]').textContent()).toMatch(/^Progress loaded/);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('refuses a damaged, a foreign and a newer file, says why, and changes nothing', async ({ browser }) => {
    const { page, context, watch } = await open(browser, T, SEED);
    await page.locator('[data-testid=readiness]').waitFor();
    const before = await snapshot(page);
    const files: [string, string, RegExp][] = [
      ['cut.json', '{"format":"azure-ai-exam-guide/progress","version":1,"exams":{', /damaged: it is not complete JSON/],
      ['other.json', JSON.stringify({ hello: 'world' }), /not a progress file from this site/],
      [
        'newer.json',
        JSON.stringify({ format: 'azure-ai-exam-guide/progress', version: 2, exported: '2027-01-01T00:00:00.000Z', exams: {} }),
        /newer version of the site/,
      ],
      [
        'bad-card.json',
        JSON.stringify({
          format: 'azure-ai-exam-guide/progress',
          version: 1,
          exported: '2026-12-06T09:00:00.000Z',
          exams: { 'ai-102': { attempt: null, history: [], cards: { x: { id: 'x' } } } },
        }),
        /damaged: exams › ai-102 › cards › x: is not a valid review card/,
      ],
    ];
    for (const [name, text, why] of files) {
      await page.locator('#progress-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect
        .poll(() => page.locator('[data-testid=progress-message]').textContent())
        .toMatch(new RegExp(`^${name.replace('.', '\\.')} was not loaded\\.`));
      const message = (await page.locator('[data-testid=progress-message]').textContent())!;
      expect(message, name).toMatch(why);
      expect(message).toMatch(/Your progress was not changed\.$/);
      expect(await page.locator('[data-testid=progress-preview]').count()).toBe(0);
      expect(await snapshot(page)).toEqual(before);
    }
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('clears only this exam when asked, and the buttons work from the keyboard', async ({ browser }) => {
    const { page, context } = await open(browser, T, SEED);
    await page.locator('[data-testid=readiness]').waitFor();
    await page.getByRole('button', { name: 'Clear my progress' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the question; Cancel gives it back to the button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Clear my progress');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Clear AI-102' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => snapshot(page)).toEqual({ 'ai103-quiz:history': JSON.parse(SEED['ai103-quiz:history']) });
    // Focus is back on the button, and the outcome is said in the live region.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Clear my progress');
    await expect.poll(() => page.locator('[data-testid=announcer]').textContent()).toBe('Your AI-102 progress was cleared.');
    await context.close();
  });

  it('without storage (private browsing), a loaded file lasts for the visit and the page shows it', async ({ browser }) => {
    const file = JSON.stringify({
      format: 'azure-ai-exam-guide/progress',
      version: 1,
      exported: '2026-12-06T09:00:00.000Z',
      exams: { 'ai-102': { attempt: null, history: JSON.parse(READINESS_HISTORY).entries, cards: {} } },
    });
    const session = await newPage(browser, { timezoneId: 'UTC' });
    const { page, context, watch } = session;
    await page.clock.setFixedTime(T);
    // As some private windows do: any use of localStorage throws.
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    );
    await page.goto(url('ai-102/quiz/'));
    await page.locator('.quiz-start').waitFor();
    expect(await page.locator('.quiz-notice').first().textContent()).toMatch(/not letting the page save your progress/);
    await page.locator('#progress-file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Add to my progress' }).click();
    // The readiness of the seeded history above: the page shows it from memory.
    await expect.poll(() => page.locator('[data-testid=readiness-verdict]').textContent()).toBe('Borderline');
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
