/*
 * Results that fit: a full attempt's results page stays within four and a half screens before anything is opened,
 * the review is a filterable list, and a short drill gets a score but never a Pass, nor a "best" in history.
 */
import { describe, expect } from 'vitest';

import { it } from '../support/browser';
import { answerByMouse, at, bank, currentQuestion, finishPractice, planned, progress, startByMouse, type Plan } from './quiz-driver';
import { TEST_TIME } from '../support/fixed';
import { openQuiz } from '../support/quiz';

const PLANS: Plan[] = ['right', 'wrong', 'partial', 'right'];

describe('results of a full attempt', () => {
  it('fit in 4.5 screen heights at 1280x800 with 35 answered, as a compact list with filters', async ({ browser }) => {
    const { page, context, watch } = await openQuiz(browser, { viewport: { width: 1280, height: 800 } });
    await startByMouse(page, 'exam', 'all');
    let flagged = 0;
    for (let i = 0; i < bank.questions.length; i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      await answerByMouse(page, q, planned(q, PLANS[i % PLANS.length]!));
      if (i % 10 === 0) {
        await page.getByRole('button', { name: 'Flag for review' }).click();
        flagged++;
      }
      await page
        .getByRole('button', { name: i === bank.questions.length - 1 ? 'Review answers' : 'Next question' })
        .first()
        .click();
    }
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.locator('.quiz-results').waitFor();

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 360, height: 740 });
    const phoneHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height: 800 });
    console.log(
      `results page height with 35 answered: ${height}px at 1280x800 (${(height / 800).toFixed(1)} screens), ${phoneHeight}px at 360x740 (${(phoneHeight / 740).toFixed(1)} screens)`,
    );
    // Four screens before the study companion; its readiness panel (about a quarter of a screen) now sits on
    // results too, and each missed question says in a word when it comes back.
    expect(height).toBeLessThanOrEqual(4.5 * 800);

    // One line per question, none opened yet; each opens to the question with its answers.
    const items = page.locator('.answer-list > li');
    expect(await items.count()).toBe(35);
    expect(await page.locator('.answer-list article').count()).toBe(0);
    await items.first().locator('summary').click();
    await expect.poll(() => page.locator('.answer-list article').count()).toBe(1);
    expect(await page.locator('.answer-list article .explanation').count()).toBe(1);

    // Filters: the flagged ones, and the ones not fully right (every "wrong" and "partial" plan).
    await page.getByLabel(/^Flagged/).check();
    await expect.poll(() => items.count()).toBe(flagged);
    await page.getByLabel(/^Not fully right/).check();
    const missed = await items.count();
    expect(missed).toBe(18);
    expect(await page.locator('.answer-list > li[data-result=right]').count()).toBe(0);

    // Printing gives the summary and, in full, the questions not fully right.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.print-review article').count()).toBe(18);
    expect(await page.locator('.print-review').isVisible()).toBe(true);
    expect(await page.locator('.answer-list').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Every domain says how many questions stand behind its score.
    const heads = await page.$$eval('.domain-bars .domain-head span:last-child', (els) => els.map((e) => e.textContent!));
    expect(heads).toHaveLength(6);
    for (const h of heads) expect(h).toMatch(/· \d+ questions?$/);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('a short drill', () => {
  it('shows its score but no Pass, and history calls it a practice drill, never a best score', async ({ browser }) => {
    const { page, context } = await openQuiz(browser, { viewport: { width: 1280, height: 800 } });
    // Domain 3 alone holds fewer than 10 questions.
    await startByMouse(page, 'practice', 'all', [3]);
    const { of } = await progress(page);
    expect(of).toBeLessThan(10);
    await finishPractice(page, of);
    expect((await page.locator('[data-testid=score]').textContent())!.trim()).toBe('100%');
    const card = (await page.locator('.score-card').textContent())!;
    expect(card).toMatch(/Practice drill/);
    expect(card).not.toMatch(/\bPass\b/);
    expect(card).toMatch(/too few for a pass or fail/);
    // A second drill, a minute later (an attempt is named by its start time and seed), makes a trend
    // line: an average, but no best.
    await page.clock.setFixedTime(TEST_TIME + 60_000);
    await page.getByRole('button', { name: 'Drill this domain' }).first().click();
    await at(page, 1);
    await finishPractice(page, of);
    const rows = page.locator('.quiz-results table tbody tr');
    expect(await rows.count()).toBe(2);
    for (const row of await rows.all()) {
      expect(await row.locator('td').nth(0).textContent()).toBe('Practice drill');
      expect(await row.locator('td').nth(2).textContent()).not.toMatch(/Pass/);
    }
    const results = (await page.locator('.quiz-results').textContent())!;
    expect(results).toMatch(/average 100%/);
    expect(results).not.toMatch(/best/i);
    await context.close();
  });
});
