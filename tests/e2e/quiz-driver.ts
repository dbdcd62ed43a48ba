/*
 * Drives the quiz as a learner would: by mouse (clicks) or by keyboard only (Tab, Space, arrows,
 * Enter and the quiz's shortcuts; never a click). Answers follow a script so the expected score
 * can be computed independently from the bank with the core's scoring.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { bankSchema, type Question } from '../../src/quiz/bank-schema';
import type { Response } from '../../src/quiz/responses';
import { readData } from '../../src/schemas/check';

export const bank = bankSchema.parse(readData('content/quiz/ai-102.json'));
export const byId = new Map(bank.questions.map((q) => [q.id, q]));
/** Each exam's questions by id: two banks may use the same id, so the page's exam picks the bank. */
const banks = new Map<string, Map<string, Question>>();
const bankOf = (exam: string) => {
  if (!banks.has(exam)) banks.set(exam, new Map(bankSchema.parse(readData(`content/quiz/${exam}.json`)).questions.map((q) => [q.id, q])));
  return banks.get(exam)!;
};

export type Plan = 'right' | 'wrong' | 'partial';

/** The response a script wants for a question: fully right, wrong, or half right where the type allows. */
export function planned(q: Question, plan: Plan): Response {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: plan === 'right' ? q.answer : q.options.find((o) => o.id !== q.answer)!.id };
    case 'multi': {
      const wrong = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.id);
      // Partial: all but one of the right picks and nothing wrong, which earns (choose - 1) / choose for any choose.
      const choices = plan === 'right' ? q.answer : plan === 'partial' ? q.answer.slice(0, Math.max(1, q.choose - 1)) : wrong.slice(0, q.choose);
      return { type: 'multi', choices };
    }
    case 'order':
      return { type: 'order', order: plan === 'right' ? q.answer : [...q.answer.slice(1), q.answer[0]!] };
    case 'yesno':
      return {
        type: 'yesno',
        values: Object.fromEntries(q.statements.map((s, i) => [s.id, plan === 'right' || (plan === 'partial' && i === 0) ? s.answer : !s.answer])),
      };
    case 'dropdown':
      return {
        type: 'dropdown',
        values: Object.fromEntries(
          q.blanks.map((b, i) => [b.id, plan === 'right' || (plan === 'partial' && i === 0) ? b.answer : b.choices.find((c) => c !== b.answer)!]),
        ),
      };
  }
}

export async function currentQuestion(page: Page): Promise<Question> {
  const id = await page.locator('.quiz-runner article[data-question]').getAttribute('data-question');
  const exam = (await page.locator('[data-quiz-exam]').getAttribute('data-quiz-exam')) ?? 'ai-102';
  return bankOf(exam).get(id!)!;
}

/** Waits until question n is on screen (the island renders asynchronously after each action). */
export async function at(page: Page, n: number) {
  await page.locator('.quiz-runner .progress', { hasText: new RegExp(`Question ${n} of`) }).waitFor();
}

export async function progress(page: Page) {
  const text = await page.locator('.quiz-runner .progress').textContent();
  const [, n, of] = /Question (\d+) of (\d+)/.exec(text ?? '')!;
  return { n: Number(n), of: Number(of) };
}

const scope = (q: Question) => `[data-question="${q.id}"]`;

async function displayedOrder(page: Page, q: Question, attr: 'data-option' | 'data-item') {
  return page.$$eval(`.quiz-runner ${scope(q)} [${attr}]`, (els, a) => els.map((e) => e.getAttribute(a)!), attr);
}

export async function answerByMouse(page: Page, q: Question, r: Response) {
  const root = page.locator(`.quiz-runner ${scope(q)}`);
  switch (r.type) {
    case 'single':
      return root.locator(`[data-option="${r.choice}"] label`).click();
    case 'multi':
      for (const c of r.choices) await root.locator(`[data-option="${c}"] label`).click();
      return;
    case 'order':
      for (let i = 0; i < r.order.length; i++) {
        const item = r.order[i]!;
        for (let j = (await displayedOrder(page, q, 'data-item')).indexOf(item); j > i; j--) {
          await root.locator(`[data-item="${item}"] button`).first().click();
          await expect.poll(async () => (await displayedOrder(page, q, 'data-item')).indexOf(item)).toBe(j - 1);
        }
      }
      expect(await displayedOrder(page, q, 'data-item')).toEqual(r.order);
      return;
    case 'yesno':
      for (const [sid, v] of Object.entries(r.values))
        await root
          .locator(`[data-statement="${sid}"] label`)
          .nth(v ? 0 : 1)
          .click();
      return;
    case 'dropdown':
      for (const [bid, v] of Object.entries(r.values)) await root.locator(`select[data-blank="${bid}"]`).selectOption(v);
  }
}

/** Presses Tab until the focused element matches the selector; fails if it never does. */
export async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Returns false when there was nothing to do: an ordering that starts in the wanted order is left
 * unmoved, and an exam counts it unanswered (the shuffle makes that happen now and then).
 */
export async function answerByKeyboard(page: Page, q: Question, r: Response): Promise<boolean> {
  const s = `.quiz-runner ${scope(q)}`;
  switch (r.type) {
    case 'single':
    case 'multi': {
      const order = await displayedOrder(page, q, 'data-option');
      for (const c of r.type === 'single' ? [r.choice] : r.choices) await page.keyboard.press(String(order.indexOf(c) + 1));
      return true;
    }
    case 'order': {
      let moved = false;
      for (let i = 0; i < r.order.length; i++) {
        const now = await displayedOrder(page, q, 'data-item');
        const moves = now.indexOf(r.order[i]!) - i;
        if (moves <= 0) continue;
        await tabTo(page, `${s} [data-item="${r.order[i]}"] button:first-child`);
        moved = true;
        for (let m = 1; m <= moves; m++) {
          await page.keyboard.press('Enter');
          await expect.poll(async () => (await displayedOrder(page, q, 'data-item')).indexOf(r.order[i]!)).toBe(i + moves - m);
        }
      }
      expect(await displayedOrder(page, q, 'data-item')).toEqual(r.order);
      return moved;
    }
    case 'yesno':
      for (const [sid, v] of Object.entries(r.values)) {
        await tabTo(page, `${s} [data-statement="${sid}"] input`);
        // Tab lands on the group's first radio (Yes): Space picks it, an arrow moves to No and picks it.
        await page.keyboard.press(v ? 'Space' : 'ArrowRight');
      }
      return true;
    case 'dropdown':
      for (const [bid, v] of Object.entries(r.values)) {
        const b = (q.type === 'dropdown' ? q.blanks : []).find((x) => x.id === bid)!;
        await tabTo(page, `${s} select[data-blank="${bid}"]`);
        // A closed select steps through its options with the arrow keys (the placeholder is disabled).
        for (let k = 0; k <= b.choices.indexOf(v); k++) await page.keyboard.press('ArrowDown');
        await expect.poll(() => page.locator(`${s} select[data-blank="${bid}"]`).inputValue()).toBe(v);
      }
      await page.keyboard.press('Tab');
  }
  return true;
}

/** Sets up and starts a quiz from the start screen by mouse. */
export async function startByMouse(page: Page, mode: 'practice' | 'exam', size: '10' | '20' | 'all', domains?: number[]) {
  await page.locator(`input[name=mode][value="${mode}"]`).check();
  if (domains) {
    for (const box of await page.locator('input[name=domain]').all()) {
      const want = domains.includes(Number(await box.getAttribute('value')));
      if ((await box.isChecked()) !== want) await box.click();
    }
  }
  await page.locator(`input[name=size][value="${size}"]`).check();
  await page.getByRole('button', { name: /^Start / }).click();
  await page.locator('.quiz-runner').waitFor();
}

/** Answers every question of a practice attempt by mouse, checking each, through to the results. */
export async function finishPractice(page: Page, count: number, plan: (i: number) => Plan = () => 'right') {
  const seen: Question[] = [];
  for (let i = 0; i < count; i++) {
    await at(page, i + 1);
    const q = await currentQuestion(page);
    seen.push(q);
    await answerByMouse(page, q, planned(q, plan(i)));
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: i === count - 1 ? 'See results' : 'Next question' }).click();
  }
  await page.locator('.quiz-results').waitFor();
  return seen;
}
