/*
 * The exam clock belongs to the attempt: it runs out on any screen, once, and a clock set back
 * never lengthens the exam. Date comes from page.clock (fixed, moved by the test); a tick is asked
 * for by a visibilitychange event (as when a tab is shown again) instead of waiting for the next second.
 */
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readOracle } from '../fixtures/oracle/oracle';
import { it } from '../support/browser';
import { answerByMouse, at, currentQuestion, startByMouse } from './quiz-driver';
import { TEST_TIME } from '../support/fixed';
import { openQuiz } from '../support/quiz';

const oracle = readOracle('practice-all');
const T = TEST_TIME;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

async function examAt(browser: Browser, time: number) {
  const session = await openQuiz(browser, { time });
  await startByMouse(session.page, 'exam', '10');
  return session;
}

/** Moves the page's clock and makes the quiz read it at once, as a tab shown again does. */
async function moveTo(page: Page, time: number) {
  await page.clock.setFixedTime(time);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

/** Answers the first n questions with the oracle's responses. */
async function answerFirst(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await at(page, i + 1);
    const q = await currentQuestion(page);
    await answerByMouse(page, q, oracle.byId.get(q.id)!.response);
    await page.getByRole('button', { name: 'Next question' }).click();
  }
}

const clock = (page: Page) => page.locator('[data-testid=clock]').textContent();
const history = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('ai102-quiz:history') ?? '{"entries":[]}').entries as { timedOut: boolean; percent: number }[]);

describe('the exam clock runs out on any screen', () => {
  it('on the review screen: submits once, as timed out, with what was answered', async ({ browser }) => {
    const { page, context, watch } = await examAt(browser, T);
    expect(await clock(page)).toBe('20:00');
    // Seed 1 draws d6-cs-query-vectorizer (0 points in the oracle), d5-cqa-follow-up-prompts (1), d1-entra-custom-subdomain (1).
    await answerFirst(page, 3);
    await page.getByRole('button', { name: 'Review answers' }).first().click();
    await page.locator('.quiz-review').waitFor();
    await moveTo(page, T + 20 * MIN + 1000);
    await page.locator('.quiz-results').waitFor();
    expect(await page.locator('.score-card').textContent()).toMatch(/time ran out/);
    expect((await page.locator('[data-testid=score]').textContent())!.trim()).toBe('20%');
    await moveTo(page, T + 21 * MIN);
    expect(await history(page)).toEqual([expect.objectContaining({ timedOut: true, percent: 20 })]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('on the start screen over the unfinished exam', async ({ browser }) => {
    const { page, context } = await examAt(browser, T);
    await answerFirst(page, 2);
    await page.getByRole('button', { name: 'Back to start' }).click();
    await page.locator('.quiz-start .resume').waitFor();
    await moveTo(page, T + 20 * MIN + 1000);
    await page.locator('.quiz-results').waitFor();
    expect(await page.locator('.score-card').textContent()).toMatch(/time ran out/);
    // 0 + 1 of 10 points.
    expect((await page.locator('[data-testid=score]').textContent())!.trim()).toBe('10%');
    expect(await history(page)).toEqual([expect.objectContaining({ timedOut: true, percent: 10 })]);
    await context.close();
  });

  it('with the keyboard-shortcuts dialog open', async ({ browser }) => {
    const { page, context } = await examAt(browser, T);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.locator('dialog[open]').waitFor();
    await moveTo(page, T + 20 * MIN + 1000);
    await page.locator('.quiz-results').waitFor();
    expect(await page.locator('.score-card').textContent()).toMatch(/time ran out/);
    await context.close();
  });
});

describe('a clock set back', () => {
  it('never gives back time, in the page or after a reload', async ({ browser }) => {
    const { page, context } = await examAt(browser, T);
    await moveTo(page, T + 5 * MIN);
    await expect.poll(() => clock(page)).toBe('15:00');
    // The system clock jumps back 30 days: the exam's clock holds, then runs on from where it was.
    await moveTo(page, T + 5 * MIN - 30 * DAY);
    await expect.poll(() => clock(page)).toBe('15:00');
    await moveTo(page, T + 6 * MIN - 30 * DAY);
    await expect.poll(() => clock(page)).toBe('14:00');
    // A reload with the clock still wrong: the time left saved at the last tick holds.
    await page.reload();
    await page.locator('.quiz-runner').waitFor();
    await expect.poll(() => clock(page)).toBe('14:00');
    // The start screen over the exam reads the same clock.
    await page.getByRole('button', { name: 'Back to start' }).click();
    expect(await page.locator('.quiz-start .resume').textContent()).toMatch(/, 14:00 left\./);
    // Fourteen minutes on, by the wrong clock, the exam is over: not 30 days later.
    await moveTo(page, T + 20 * MIN - 30 * DAY);
    await page.locator('.quiz-results').waitFor();
    expect(await page.locator('.score-card').textContent()).toMatch(/time ran out/);
    await context.close();
  });
});

describe('saved values out of range', () => {
  it('drops an exam whose deadline is years away, with a notice naming the saved quiz', async ({ browser }) => {
    const { page, context } = await examAt(browser, T);
    await page.evaluate(
      (years) => {
        const saved = JSON.parse(localStorage.getItem('ai102-quiz:attempt')!);
        saved.attempt.deadline += years;
        localStorage.setItem('ai102-quiz:attempt', JSON.stringify(saved));
      },
      5 * 365 * DAY,
    );
    await page.reload();
    await page.locator('.quiz-start').waitFor();
    expect(await page.locator('.quiz-notice[data-about=attempt]').textContent()).toMatch(/^Your saved quiz could not be read/);
    expect(await page.locator('.quiz-start').textContent()).not.toMatch(/unfinished/);
    await context.close();
  });
});
