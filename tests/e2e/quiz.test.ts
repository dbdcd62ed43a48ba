import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isComplete, type Response } from '../../src/quiz/responses';
import { readData } from '../../src/schemas/check';
import { readOracle } from '../fixtures/oracle/oracle';
import { axe, it, newPage, url, type Watch } from '../support/browser';
import {
  answerByKeyboard,
  answerByMouse,
  at,
  bank,
  byId,
  currentQuestion,
  finishPractice,
  planned,
  progress,
  startByMouse,
  tabTo,
  type Plan,
} from './quiz-driver';
import { TEST_TIME } from '../support/fixed';
import { openQuiz } from '../support/quiz';

const settings = readData('content/settings.json') as { offers: Record<string, { url: string } | null> };

const announced = (page: Page) => page.locator('[data-testid=announcer]').textContent();
const shownScore = async (page: Page) => (await page.locator('[data-testid=score]').textContent())!.trim();
// Expected points come from the hand-written oracle, never from the app's scoring code.
const oracle = readOracle('practice-all');
const oracleShare = (responses: Record<string, Response>, ids: string[]) =>
  `${Math.round((ids.reduce((s, id) => s + (responses[id] ? oracle.byId.get(id)!.points : 0), 0) / ids.length) * 1000) / 10}%`;
const noProblems = (w: Watch) => {
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
};

describe('a full practice attempt by mouse', () => {
  it('checks every answer with feedback, and the final score matches the bank', async ({ browser }) => {
    // One question order, set by the test, so a run can be replayed.
    const { page, context, watch } = await openQuiz(browser);
    await startByMouse(page, 'practice', 'all');
    const responses: Record<string, Response> = {};
    const ids: string[] = [];
    const types = new Set<string>();
    for (let i = 0; i < bank.questions.length; i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      ids.push(q.id);
      types.add(q.type);
      const r = oracle.byId.get(q.id)!.response;
      responses[q.id] = r;
      await answerByMouse(page, q, r);
      await page.getByRole('button', { name: 'Check answer' }).click();
      // Feedback on the page and for screen readers, in words and not only colour.
      const points = oracle.byId.get(q.id)!.points;
      const verdict = (await page.locator('.verdict').textContent())!;
      expect(verdict).toMatch(points === 1 ? /Correct/ : points === 0 ? /Incorrect/ : /Partly correct/);
      expect(await announced(page)).toMatch(points === 1 ? /^Correct\./ : /Correct answer:/);
      expect(await page.locator('.quiz-runner .feedback').count()).toBeGreaterThan(0);
      expect(await page.locator('.quiz-runner [data-refs] a[href^="https://learn.microsoft.com/"]').count()).toBe(q.references.length);
      await page.getByRole('button', { name: i === bank.questions.length - 1 ? 'See results' : 'Next question' }).click();
    }
    expect(types).toEqual(new Set(['single', 'multi', 'order', 'yesno', 'dropdown']));
    await page.locator('.quiz-results').waitFor();
    expect(await shownScore(page)).toBe(oracle.percent);
    // Every domain is listed, weakest first, each with a link to its guide section and a drill.
    const domains = await page.$$eval('.domain-bars li .domain-head span:last-child', (els) => els.map((e) => parseFloat(e.textContent!)));
    expect(domains).toHaveLength(6);
    expect([...domains].sort((a, b) => a - b)).toEqual(domains);
    expect(await page.locator('.domain-links a').first().getAttribute('href')).toMatch(/^\/prep\/ai-102\/#domain-\d$/);
    expect(await page.locator('.answer-list > li[data-question]').count()).toBe(35);
    expect(await page.locator('[data-testid=checkout]').getAttribute('href')).toBe(settings.offers['ai-103']!.url);
    noProblems(watch);
    await context.close();
  }, 150_000); // 35 questions by mouse: room for a loaded 2-core machine.
});

describe('a full exam attempt by keyboard only', () => {
  it('starts, answers every type, flags, reviews and submits without a click', async ({ browser }) => {
    const { page, context, watch } = await openQuiz(browser, { colorScheme: 'dark' });
    // Start screen: mode, length, start, all from the keyboard.
    await tabTo(page, 'input[name=mode]:checked');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'input[name=size]:checked');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('input[name=size][value=all]').isChecked()).toBe(true);
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.locator('.quiz-runner').waitFor();
    // Two minutes a question; real time runs here, so allow for a slow machine's first seconds.
    expect(await page.locator('[data-testid=clock]').textContent()).toMatch(/^1:(10:00|09:5\d)$/);

    const responses: Record<string, Response> = {};
    const ids: string[] = [];
    for (let i = 0; i < bank.questions.length; i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      // Focus moves to each new question, the first included (keys act only inside the quiz).
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      ids.push(q.id);
      if (i % 7 === 6) {
        // Leave some unanswered; they score zero.
      } else {
        const r = oracle.byId.get(q.id)!.response;
        if (await answerByKeyboard(page, q, r)) responses[q.id] = r;
      }
      if (i % 5 === 0) await page.keyboard.press('f');
      if (i < bank.questions.length - 1) await page.keyboard.press('n');
      else {
        await tabTo(page, '.quiz-actions button.primary');
        await page.keyboard.press('Enter');
      }
    }
    await page.locator('.quiz-review').waitFor();
    const summary = (await page.locator('.quiz-review p').first().textContent())!;
    const open = ids.filter((id) => !isComplete(byId.get(id)!, responses[id])).length;
    expect(open).toBeGreaterThanOrEqual(5);
    expect(summary).toContain(`${open} unanswered or incomplete`);
    expect(summary).toContain('7 flagged');
    await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');
    await page.locator('.quiz-results').waitFor();
    expect(await shownScore(page)).toBe(oracleShare(responses, ids));
    noProblems(watch);
    await context.close();
  });
});

describe('saving and resuming', () => {
  it('a reload mid-exam returns to the same question, answers, flags and running clock', async ({ browser }) => {
    const { page, context, watch } = await openQuiz(browser);
    const start = TEST_TIME;
    await startByMouse(page, 'exam', '10');
    for (let i = 0; i < 3; i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      await answerByMouse(page, q, planned(q, 'right'));
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await at(page, 4);
    const before = await currentQuestion(page);
    const clockBefore = await page.locator('[data-testid=clock]').textContent();
    await page.clock.setFixedTime(start + 5000);
    await page.reload();
    await page.locator('.quiz-runner').waitFor();
    expect((await currentQuestion(page)).id).toBe(before.id);
    expect((await progress(page)).n).toBe(4);
    expect(await page.locator('.qmap ol .qmap-item.answered').count()).toBe(3);
    expect(await page.locator('.qmap ol .qmap-item.flagged').count()).toBe(1);
    const clockAfter = (await page.locator('[data-testid=clock]').textContent())!;
    const secs = (t: string) => t.split(':').reduce((s, p) => s * 60 + Number(p), 0);
    expect(secs(clockAfter)).toBeLessThan(secs(clockBefore!));
    expect(secs(clockAfter)).toBeGreaterThan(secs(clockBefore!) - 15);
    noProblems(watch);
    await context.close();
  });

  it('a reload during practice keeps a checked answer and its feedback', async ({ browser }) => {
    const { page, context } = await openQuiz(browser);
    await startByMouse(page, 'practice', '10');
    const q = await currentQuestion(page);
    await answerByMouse(page, q, planned(q, 'wrong'));
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.reload();
    await page.locator('.quiz-runner .verdict').waitFor();
    expect((await currentQuestion(page)).id).toBe(q.id);
    expect(await page.locator('.quiz-runner .verdict').textContent()).toMatch(/Incorrect|Partly/);
    await context.close();
  });

  it('starts fresh with a short notice when the saved quiz is corrupt', async ({ browser }) => {
    const { page, context, watch } = await openQuiz(browser);
    await page.evaluate(() => localStorage.setItem('ai102-quiz:attempt', '{"v":1,"attempt":{"oops":'));
    await page.reload();
    await page.locator('.quiz-start').waitFor();
    expect(await page.locator('.quiz-notice').textContent()).toMatch(/could not be read/);
    await startByMouse(page, 'practice', '10');
    expect((await progress(page)).of).toBe(10);
    noProblems(watch);
    await context.close();
  });

  it('works in memory, and says so, when storage is unavailable', async ({ browser }) => {
    const blockStorage = (page: Page) =>
      page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
    const { page, context, watch } = await openQuiz(browser, { before: blockStorage });
    expect(await page.locator('.quiz-notice').textContent()).toMatch(/not letting the page save/);
    await startByMouse(page, 'practice', '10');
    await finishPractice(page, 10);
    expect(await shownScore(page)).toBe('100%');
    noProblems(watch);
    await context.close();
  });
});

describe('exam time-out', () => {
  it('submits what was answered when the clock runs out', async ({ browser }) => {
    // Date.now() stands still unless the test moves it, while timers keep real time: the
    // seconds spent answering cannot shift the clock the user sees (a CI run once read 4:59).
    const { page, context, watch } = await openQuiz(browser);
    const start = TEST_TIME;
    await startByMouse(page, 'exam', '10');
    expect(await page.locator('[data-testid=clock]').textContent()).toBe('20:00');
    const responses: Record<string, Response> = {};
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      responses[q.id] = planned(q, 'right');
      await answerByMouse(page, q, responses[q.id]!);
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.clock.setFixedTime(start + 15 * 60_000);
    await expect.poll(() => page.locator('[data-testid=clock]').textContent()).toBe('5:00');
    expect(await announced(page)).toMatch(/^5 minutes left/);
    await page.clock.setFixedTime(start + 20 * 60_000 + 1000);
    await page.locator('.quiz-results').waitFor();
    expect(await page.locator('.score-card').textContent()).toMatch(/time ran out/);
    for (const id of await page.$$eval('.answer-list > li[data-question]', (as) => as.map((a) => a.getAttribute('data-question')!))) ids.push(id);
    expect(ids).toHaveLength(10);
    expect(await shownScore(page)).toBe('20%');
    noProblems(watch);
    await context.close();
  });
});

describe('retry and drill', () => {
  it('retries exactly the questions missed in the last attempt, and keeps a history', async ({ browser }) => {
    const { page, context } = await openQuiz(browser);
    await startByMouse(page, 'practice', 'all', [3, 4]);
    expect((await progress(page)).of).toBe(8);
    const first = await finishPractice(page, 8, (i): Plan => (i % 2 ? 'wrong' : 'right'));
    expect(first.every((q) => q.domain === 3 || q.domain === 4)).toBe(true);
    const missed = first.filter((_, i) => i % 2).map((q) => q.id);
    // The retry starts a minute later: an attempt is named by its start time and seed, both fixed here.
    await page.clock.setFixedTime(TEST_TIME + 60_000);
    await page.getByRole('button', { name: 'Retry the 4 I missed' }).click();
    expect((await progress(page)).of).toBe(4);
    const seen = (await finishPractice(page, 4)).map((q) => q.id);
    expect(seen.sort()).toEqual(missed.sort());
    expect(await shownScore(page)).toBe('100%');
    expect(await page.locator('.quiz-results table tbody tr').count()).toBe(2);
    expect(await page.locator('.quiz-results').textContent()).toMatch(/Up 50 points/);
    // Drill a domain from the results.
    await page.getByRole('button', { name: 'Drill this domain' }).first().click();
    const q = await currentQuestion(page);
    expect([3, 4]).toContain(q.domain);
    await context.close();
  });
});

describe('on a 360 px phone', () => {
  it('never scrolls sideways on any question or on the results', async ({ browser }) => {
    const { page, context } = await openQuiz(browser, { viewport: { width: 360, height: 740 } });
    await startByMouse(page, 'exam', 'all');
    const wide: string[] = [];
    for (let i = 0; i < bank.questions.length; i++) {
      await at(page, i + 1);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${(await currentQuestion(page)).id}: ${width}px`);
      if (i < bank.questions.length - 1) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByRole('button', { name: 'Review answers' }).first().click();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.locator('.quiz-results').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`results: ${width}px`);
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('keyboard help and ordering', () => {
  it('opens the shortcut list with ?, closes it with Esc and returns focus', async ({ browser }) => {
    const { page, context } = await openQuiz(browser);
    await startByMouse(page, 'practice', '10');
    await page.locator('.quiz-runner article h2').focus();
    await page.keyboard.press('?');
    // The list comes with the exam tools chunk; pressed before it arrives, it opens when it does.
    await expect.poll(() => page.locator('dialog.help').isVisible()).toBe(true);
    expect(await page.locator('dialog.help').textContent()).toMatch(/Flag|Check the answer/);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.help').isVisible()).toBe(false);
    await context.close();
  });

  const items = (page: Page) => page.$$eval('.quiz-runner [data-item]', (els) => els.map((e) => e.getAttribute('data-item')!));
  /** A practice drill of domain 2, moved on with N to its ordering question. */
  const openOrdering = async (browser: Browser) => {
    const session = await openQuiz(browser);
    await startByMouse(session.page, 'practice', 'all', [2]);
    const order = bank.questions.find((q) => q.domain === 2 && q.type === 'order')!;
    for (let i = 1; (await currentQuestion(session.page)).id !== order.id; i++) {
      // N works once focus is in the quiz, where it moves with each new question.
      await expect.poll(() => session.page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await session.page.keyboard.press('n');
      await at(session.page, i + 1);
    }
    return session;
  };

  it('keeps focus on an item moved to the top or the bottom, where its button turns off', async ({ browser }) => {
    const { page, context } = await openOrdering(browser);
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.closest('[data-item]')?.getAttribute('data-item')} ${document.activeElement?.textContent}`);
    // Several rounds: the focus once depended on which of two timers ran first.
    for (let round = 0; round < 4; round++) {
      const second = (await items(page))[1]!;
      await page.locator(`.quiz-runner [data-item="${second}"] button`).first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await items(page))[0]).toBe(second);
      expect(await focused()).toMatch(new RegExp(`^${second} Move down`));
      const penultimate = (await items(page)).at(-2)!;
      await page.locator(`.quiz-runner [data-item="${penultimate}"] button`).last().focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await items(page)).at(-1)).toBe(penultimate);
      expect(await focused()).toMatch(new RegExp(`^${penultimate} Move up`));
    }
    await context.close();
  });

  it('lets a practice ordering be checked as it starts, without a move', async ({ browser }) => {
    const { page, context } = await openOrdering(browser);
    const shown = await items(page);
    await page.getByRole('button', { name: 'Check answer' }).click();
    // An ordering never starts solved, so as it stands it is wrong, and says where each item belongs.
    expect(await page.locator('.verdict').textContent()).toMatch(/Incorrect/);
    expect(await items(page)).toEqual(shown);
    expect(await page.locator('.quiz-runner .ordering .mark').count()).toBe(shown.length);
    await context.close();
  });
});

describe('accessibility of every screen', () => {
  it('axe finds nothing on the start screen, each question type, feedback, review and results', async ({ browser }) => {
    const { page, context } = await openQuiz(browser);
    const violations: string[] = [];
    const scan = async (label: string) => violations.push(...(await axe(page)).map((v) => `${label}: ${v}`));
    await scan('start');
    await startByMouse(page, 'practice', 'all');
    const seenTypes = new Set<string>();
    let caseStudy = false;
    for (let i = 0; i < bank.questions.length && (seenTypes.size < 5 || !caseStudy); i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      const fresh = !seenTypes.has(q.type) || (!!q.caseStudy && !caseStudy);
      if (fresh) await scan(`question ${q.type}`);
      await answerByMouse(page, q, planned(q, 'partial'));
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (fresh) await scan(`feedback ${q.type}`);
      seenTypes.add(q.type);
      caseStudy ||= !!q.caseStudy;
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    expect(seenTypes.size).toBe(5);
    await page.getByRole('button', { name: 'Back to start' }).click();
    // Scan the start screen once it has replaced the question, not the frame between the two.
    await page.locator('.quiz-start').waitFor();
    await page.locator('.quiz-runner').waitFor({ state: 'detached' });
    await scan('start with resume');
    // An exam: the question map and the review screen.
    await startByMouse(page, 'exam', '10');
    await scan('exam question');
    await page.getByRole('button', { name: 'Review answers' }).first().click();
    await scan('review');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.locator('.quiz-results').waitFor();
    await scan('results');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('axe finds nothing on the results in the dark theme', async ({ browser }) => {
    const { page, context } = await openQuiz(browser, { colorScheme: 'dark' });
    await startByMouse(page, 'exam', '10');
    await page.getByRole('button', { name: 'Review answers' }).first().click();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.locator('.quiz-results').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('points from the quiz to its own page listing every question with its answer behind <details>', async ({ browser }) => {
    const { page, context } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(url('ai-102/quiz/'));
    // The quiz page no longer carries the questions itself: a notice links to their page.
    expect(await page.locator('.static-quiz').count()).toBe(0);
    await page.getByRole('link', { name: /Read every AI-102 question with its answer/ }).click();
    // Until the new page has loaded, its list may still be arriving: count once it has.
    await page.waitForURL('**/ai-102/questions/', { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/prep/ai-102/questions/');
    const items = page.locator('.static-quiz > ol > li');
    expect(await items.count()).toBe(bank.questions.length);
    const first = items.first();
    expect(await first.locator('details .reveal').isVisible()).toBe(false);
    await first.locator('details > summary').last().click();
    expect(await first.locator('details .reveal').isVisible()).toBe(true);
    expect(await first.locator('.reveal').textContent()).toMatch(/Answer/);
    // Each question has its own anchor, its id.
    expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(bank.questions.map((q) => q.id));
    await context.close();
  });
});

describe('the offer of the full bank', () => {
  it('sells no bank for retired AI-102: it points to the AI-103 offer, says so, and marks checkout as external', async ({ browser }) => {
    const { page, context } = await openQuiz(browser);
    const offer = page.locator('[data-testid=offer]');
    expect(await offer.textContent()).toMatch(/AI-102 is retired, so we sell no AI-102 bank/);
    expect(await offer.textContent()).toMatch(/The full AI-103 bank has 1000\+ questions/);
    expect(await offer.textContent()).toMatch(/external site, cert-pass\.com/);
    const link = page.locator('[data-testid=checkout]');
    expect(await link.getAttribute('href')).toBe(settings.offers['ai-103']!.url);
    expect(await link.getAttribute('rel')).toContain('external');
    expect(await link.textContent()).toMatch(/AI-103 bank \(EUR 29\).*external site/);
    await context.close();
  });
});
