/*
 * The practice loop in a learner's hands: the verdict in sight after every check, a keyboard run that
 * never drops focus and stays within its key budget, Enter that never skips, and code blanks on a phone.
 * Question order is random: each test works on whatever question is shown, looked up by its id.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question } from '../../src/quiz/bank-schema';
import { it } from '../support/browser';
import { answerByKeyboard, answerByMouse, at, bank, currentQuestion, planned, progress, startByMouse, tabTo, type Plan } from './quiz-driver';
import { openQuiz } from '../support/quiz';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const PLANS: Plan[] = ['right', 'wrong', 'partial'];
/** A test that walks all 35 questions: room for a loaded 2-core machine. */
const FULL_RUN = 180_000;

/** Where an element is against the viewport: fully inside, or why not. */
async function inViewport(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  const vp = page.viewportSize()!;
  if (!box) return 'not rendered';
  return box.y >= 0 && box.y + box.height <= vp.height && box.x >= 0 && box.x + box.width <= vp.width
    ? 'inside'
    : `at ${Math.round(box.x)},${Math.round(box.y)} (${Math.round(box.width)}x${Math.round(box.height)})`;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'body' : `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`;
  });

describe('feedback in view', () => {
  for (const [label, viewport] of [
    ['1280x800', DESKTOP],
    ['360x740', PHONE],
  ] as const) {
    it(
      `shows the verdict inside the viewport after every check, every type, at ${label}`,
      async ({ browser }) => {
        const { page, context } = await openQuiz(browser, { viewport });
        await startByMouse(page, 'practice', 'all');
        const outside: string[] = [];
        const types = new Set<string>();
        for (let i = 0; i < bank.questions.length; i++) {
          await at(page, i + 1);
          const q = await currentQuestion(page);
          types.add(q.type);
          await answerByMouse(page, q, planned(q, PLANS[i % PLANS.length]!));
          await page.getByRole('button', { name: 'Check answer' }).click();
          await page.locator('.quiz-runner [data-testid=verdict]').waitFor();
          const where = await inViewport(page, '.quiz-runner [data-testid=verdict]');
          if (where !== 'inside') outside.push(`${q.id} (${q.type}): verdict ${where}`);
          // The explanation is brought into view too: its top edge is on screen.
          const top = await page.locator('.quiz-runner .reveal').evaluate((e) => e.getBoundingClientRect().top);
          if (top < -1 || top >= viewport.height) outside.push(`${q.id} (${q.type}): explanation starts at ${Math.round(top)}`);
          await page.getByRole('button', { name: i === bank.questions.length - 1 ? 'See results' : 'Next question' }).click();
        }
        expect(types).toEqual(new Set(['single', 'multi', 'order', 'yesno', 'dropdown']));
        expect(outside).toEqual([]);
        await page.locator('.quiz-results').waitFor();
        await context.close();
      },
      FULL_RUN,
    );
  }
});

describe('a keyboard-only practice run', () => {
  it(
    'answers all 35 without a click, never drops focus, and a single choice costs 3 key presses',
    async ({ browser }) => {
      const { page, context, watch } = await openQuiz(browser, { viewport: DESKTOP });
      // Set up by keyboard too: all questions, then back up to the Start button above the set-up.
      await tabTo(page, 'input[name=size]:checked');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.activeElement?.matches('button[type=submit]'))); i++)
        await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await page.locator('.quiz-runner').waitFor();
      expect((await progress(page)).of).toBe(35);
      let presses = 0;
      const press = page.keyboard.press.bind(page.keyboard);
      page.keyboard.press = async (key, options) => {
        presses++;
        return press(key, options);
      };
      const perType = new Map<Question['type'], number[]>();
      const dropped: string[] = [];
      for (let i = 0; i < bank.questions.length; i++) {
        await at(page, i + 1);
        const q = await currentQuestion(page);
        // Each new question takes focus, so the shortcuts work at once.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
        presses = 0;
        await answerByKeyboard(page, q, planned(q, 'right'));
        // After moving items focus is on a Move button (Enter moves again), after a blank on a select: Tab on to Check answer.
        if (q.type === 'order' || q.type === 'dropdown') await tabTo(page, '.quiz-runner .action-bar button.primary');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.quiz-runner [data-testid=verdict]').count(), { message: `${q.id} (${q.type}) checked by Enter` }).toBe(1);
        const after = await focused(page);
        if (!/^BUTTON (Next question|See results)/.test(after)) dropped.push(`${q.id} (${q.type}): focus on ${after} after the check`);
        await page.keyboard.press('Enter');
        perType.set(q.type, [...(perType.get(q.type) ?? []), presses]);
      }
      await page.locator('.quiz-results').waitFor();
      expect(dropped).toEqual([]);
      const budget = Object.fromEntries([...perType].map(([type, counts]) => [type, { max: Math.max(...counts), questions: counts.length }]));
      console.log(`key presses per question, by type: ${JSON.stringify(budget)}`);
      expect(budget.single!.max).toBeLessThanOrEqual(3);
      expect(budget.multi!.max).toBeLessThanOrEqual(5);
      // Every answer was right, so the score is full marks.
      expect((await page.locator('[data-testid=score]').textContent())!.trim()).toBe('100%');
      expect(watch.errors).toEqual([]);
      await context.close();
    },
    FULL_RUN,
  );

  it('says "Choose an answer first" on Enter with nothing chosen, and stays on the question', async ({ browser }) => {
    const { page, context } = await openQuiz(browser, { viewport: DESKTOP });
    await startByMouse(page, 'practice', '10');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const q = await currentQuestion(page);
    // An ordering starts with an answer in place (it can be checked as it stands); any other type does not.
    if (q.type === 'order') {
      await page.keyboard.press('n');
      await at(page, 2);
    }
    const before = await progress(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=announcer]').textContent()).toBe('Choose an answer first.');
    expect(await progress(page)).toEqual(before);
    expect(await page.locator('.quiz-runner [data-testid=verdict]').count()).toBe(0);
    expect(await focused(page)).not.toBe('body');
    await context.close();
  });
});

describe('on a 360 px phone', () => {
  it(
    'shows every code blank without sideways scrolling, and keeps the action bar in sight',
    async ({ browser }) => {
      const { page, context } = await openQuiz(browser, { viewport: PHONE });
      await startByMouse(page, 'practice', 'all');
      const problems: string[] = [];
      let blanks = 0;
      for (let i = 0; i < bank.questions.length; i++) {
        await at(page, i + 1);
        const q = await currentQuestion(page);
        // The bar stays in sight wherever the question is scrolled: from the top of the page to the question's end.
        const end = await page.evaluate(() => document.querySelector('.quiz-runner')!.getBoundingClientRect().bottom + scrollY - innerHeight);
        for (const y of [0, Math.max(0, end)]) {
          await page.evaluate((to) => window.scrollTo(0, to), y);
          const where = await inViewport(page, '.quiz-runner .action-bar');
          if (where !== 'inside') problems.push(`${q.id}: action bar ${where} at scroll ${y}`);
        }
        if (q.type === 'dropdown') {
          for (const b of q.blanks) {
            const select = `.quiz-runner select[data-blank="${b.id}"]`;
            await page.locator(select).scrollIntoViewIfNeeded();
            const where = await inViewport(page, select);
            if (where !== 'inside') problems.push(`${q.id} ${b.id}: ${where}`);
            await page.locator(select).selectOption(b.answer);
            blanks++;
          }
          const code = await page.locator('.quiz-runner pre.code').evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
          if (code.scroll > code.client) problems.push(`${q.id}: the code scrolls sideways (${code.scroll} > ${code.client})`);
        }
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) problems.push(`${q.id}: page is ${width}px wide`);
        if (i < bank.questions.length - 1) {
          await page.locator('.quiz-runner article h2').focus();
          await page.keyboard.press('n');
        }
      }
      expect(blanks).toBeGreaterThanOrEqual(2);
      expect(problems).toEqual([]);
      await context.close();
    },
    FULL_RUN,
  );
});

describe('practice mode', () => {
  it('has a question map and a Finish now that scores only what was answered', async ({ browser }) => {
    const { page, context } = await openQuiz(browser, { viewport: DESKTOP });
    await startByMouse(page, 'practice', '20');
    await page.locator('.quiz-runner .qmap').waitFor();
    expect(await page.locator('.qmap ol .qmap-item').count()).toBe(20);
    for (let i = 0; i < 2; i++) {
      await at(page, i + 1);
      const q = await currentQuestion(page);
      await answerByMouse(page, q, planned(q, 'right'));
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    // Jump ahead by the map, then finish: 2 answered of 20, both right.
    await page.getByRole('button', { name: /^Question 9:/ }).click();
    await at(page, 9);
    await page.getByRole('button', { name: 'Finish now' }).click();
    await page.locator('.quiz-results').waitFor();
    expect((await page.locator('[data-testid=score]').textContent())!.trim()).toBe('100%');
    expect(await page.locator('.score-card').textContent()).toMatch(/2 of 2 points/);
    await context.close();
  });

  it('shows the Start button without scrolling at 1280x800 and 360x740', async ({ browser }) => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await openQuiz(browser, { viewport });
      expect(await inViewport(page, '.quiz-start button[type=submit]')).toBe('inside');
      await context.close();
    }
  });
});
