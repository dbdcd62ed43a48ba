/*
 * A site of several exams: the old AI-102 addresses keep working, each exam's quiz keeps its own
 * saved attempt and history, the bridge page counts what the content holds, and the quiz page's first
 * visit stays within its byte budget.
 */
import { describe, expect } from 'vitest';
import { gzipSync } from 'node:zlib';

import { bankSchema } from '../../src/quiz/bank-schema';
import { readData } from '../../src/schemas/check';
import { axe, it, newPage, url } from '../support/browser';
import { finishPractice, startByMouse } from './quiz-driver';

const ai102 = bankSchema.parse(readData('content/quiz/ai-102.json'));

describe('the addresses AI-102 had before the site covered two exams', () => {
  it('keep the home page, salaries and certifications where they were', async ({ browser }) => {
    const { page, context, watch } = await newPage(browser);
    for (const path of ['', 'salaries/', 'certifications/']) {
      const res = await page.goto(url(path));
      expect(res?.status(), path).toBe(200);
      expect(new URL(page.url()).pathname, path).toBe(`/prep/${path}`);
    }
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('send /faq/ and /quiz/ on to the AI-102 pages, with or without JavaScript, and name them canonical', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await newPage(browser, { javaScriptEnabled });
      for (const [from, to] of [
        ['faq/', '/prep/ai-102/faq/'],
        ['quiz/', '/prep/ai-102/quiz/'],
      ] as const) {
        const res = await page.request.get(url(from));
        expect(res.status()).toBe(200);
        const html = await res.text();
        expect(html).toContain(`<link rel="canonical" href="https://ai-102.cert-pass.com${to}">`);
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
        expect(html).toMatch(new RegExp(`<a href="${to}">Go to its new address</a>`));
        await page.goto(url(from));
        await page.waitForURL((u) => u.pathname === to);
      }
      await context.close();
    }
  });

  it('keep every old FAQ anchor: with JavaScript the reader lands on the same answer', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const anchors = ['exam-cost', 'validity-and-renewal', 'what-retirement-means', 'passing-score'];
    for (const anchor of anchors) {
      await page.goto(url(`faq/#${anchor}`));
      await page.waitForURL((u) => u.pathname === '/prep/ai-102/faq/' && u.hash === `#${anchor}`);
      expect(await page.locator(`#${anchor}`).count()).toBe(1);
    }
    // Without JavaScript the old page still holds each anchor, linking to the answer's new place.
    const html = await (await page.request.get(url('faq/'))).text();
    for (const anchor of anchors) expect(html).toContain(`<li id="${anchor}"><a href="/prep/ai-102/faq/#${anchor}">`);
    await context.close();
  });

  it('still serve the AI-102 question bank at its old address', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const res = await page.request.get(url('quiz/ai-102.json'));
    expect(res.status()).toBe(200);
    expect((await res.json()).questions).toHaveLength(ai102.questions.length);
    await context.close();
  });
});

// An attempt saved by the AI-102 quiz before this change, under the key it has always used.
function savedAttempt(exam: string, ids: string[]) {
  return JSON.stringify({
    v: 1,
    attempt: {
      id: `saved-${exam}`,
      exam,
      mode: 'practice',
      seed: 7,
      questionIds: ids,
      optionOrder: {},
      index: 1,
      responses: {},
      checked: [],
      flagged: [],
      startedAt: 1_780_000_000_000,
      deadline: null,
      finishedAt: null,
      phase: 'answering',
      timedOut: false,
      domains: null,
      retry: false,
    },
  });
}

describe('an AI-102 attempt in progress before the change', () => {
  it("resumes on the AI-102 quiz from the key 'ai102-quiz:attempt'", async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/'));
    const ids = ai102.questions.slice(0, 3).map((q) => q.id);
    await page.evaluate((blob) => localStorage.setItem('ai102-quiz:attempt', blob), savedAttempt('ai-102', ids));
    await page.goto(url('ai-102/quiz/'));
    // A reload returns straight to the attempt, at the question where it was left.
    await page.locator('.quiz-runner .progress', { hasText: 'Question 2 of 3' }).waitFor();
    expect(await page.locator('.quiz-runner article[data-question]').getAttribute('data-question')).toBe(ids[1]);
    await context.close();
  });
});

describe('attempts and history per exam', () => {
  const ai103 = bankSchema.parse(readData('content/quiz/ai-103.json'));

  it('never resumes an AI-103 attempt on the AI-102 quiz, nor the reverse', async ({ browser }) => {
    const { page, context, watch } = await newPage(browser);
    await page.goto(url('ai-102/'));
    const ids103 = ai103.questions.slice(0, 3).map((q) => q.id);
    await page.evaluate((blob) => localStorage.setItem('ai103-quiz:attempt', blob), savedAttempt('ai-103', ids103));

    await page.goto(url('ai-102/quiz/'));
    await page.locator('.quiz-start').waitFor();
    expect(await page.locator('.quiz-panel.resume').count()).toBe(0);
    await page.goto(url('ai-103/quiz/'));
    await page.locator('.quiz-runner .progress', { hasText: 'Question 2 of 3' }).waitFor();
    expect(await page.locator('.quiz-runner article[data-question]').getAttribute('data-question')).toBe(ids103[1]);

    // Now an AI-102 attempt exists too: each quiz resumes its own and leaves the other's save alone.
    await page.evaluate(
      (blob) => localStorage.setItem('ai102-quiz:attempt', blob),
      savedAttempt(
        'ai-102',
        ai102.questions.slice(0, 4).map((q) => q.id),
      ),
    );
    await page.reload();
    await page.locator('.quiz-runner .progress', { hasText: 'Question 2 of 3' }).waitFor();
    await page.goto(url('ai-102/quiz/'));
    await page.locator('.quiz-runner .progress', { hasText: 'Question 2 of 4' }).waitFor();
    expect(await page.locator('.quiz-runner article[data-question]').getAttribute('data-question')).toBe(ai102.questions[1]!.id);
    const saved = await page.evaluate(() => [localStorage.getItem('ai102-quiz:attempt'), localStorage.getItem('ai103-quiz:attempt')]);
    expect(JSON.parse(saved[0]!).attempt.exam).toBe('ai-102');
    expect(JSON.parse(saved[1]!).attempt.exam).toBe('ai-103');
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('gives AI-103 its quiz and question pages once its bank exists: 200, axe in both themes, no sideways scroll', async ({ browser }) => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        const { page, context, watch } = await newPage(browser, { colorScheme, viewport: { width, height: 800 } });
        for (const path of ['ai-103/quiz/', 'ai-103/questions/']) {
          const res = await page.goto(url(path));
          if (res?.status() !== 200) problems.push(`${path}: ${res?.status()}`);
          await page.locator('main h1').waitFor();
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          if (wide > width) problems.push(`${path} at ${width}px: ${wide}px wide`);
          problems.push(...(await axe(page)).map((v) => `${path} ${colorScheme}: ${v}`));
        }
        problems.push(...watch.errors);
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the history of each exam apart', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/quiz/'));
    await page.locator('.quiz-start').waitFor();
    await startByMouse(page, 'practice', '10');
    await finishPractice(page, 10);
    expect(await page.locator('.quiz-results').textContent()).toMatch(/Your last attempt/);

    await page.goto(url('ai-103/quiz/'));
    await page.locator('.quiz-start').waitFor();
    await startByMouse(page, 'practice', '10');
    await finishPractice(page, 10);
    // One attempt each: the AI-102 attempt is not in AI-103's history.
    expect(await page.locator('.quiz-results').textContent()).toMatch(/Your last attempt/);
    const counts = await page.evaluate(() =>
      ['ai102-quiz:history', 'ai103-quiz:history'].map((k) => JSON.parse(localStorage.getItem(k) ?? '{"entries":[]}').entries.length),
    );
    expect(counts).toEqual([1, 1]);
    await context.close();
  });
});

describe('the drill of AI-102 questions that still count for AI-103', () => {
  it('offers exactly the questions tagged with an AI-103 domain, or no drill while none is', async ({ browser }) => {
    // Counted here by hand from the bank, not with the page's code.
    let tagged = 0;
    for (const q of ai102.questions) if (typeof q.successorDomain === 'number') tagged += 1;
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/quiz/'));
    await page.locator('.quiz-start').waitFor();
    const drill = page.locator('[data-testid=drill]');
    if (tagged === 0) {
      expect(await drill.count()).toBe(0);
    } else {
      expect(await drill.textContent()).toContain(`Questions that still count for AI-103 (${tagged} questions)`);
      await drill.getByRole('button').click();
      await page.locator('.quiz-runner .progress', { hasText: `of ${tagged}` }).waitFor();
    }
    await context.close();
  });
});

describe('the bridge page', () => {
  it('counts the AI-102 questions per AI-103 domain exactly as the bank has them', async ({ browser }) => {
    // The oracle: a plain count over the bank's successorDomain values.
    const perDomain = [0, 0, 0, 0, 0];
    let gone = 0;
    for (const q of ai102.questions) {
      if (q.successorDomain === null) gone += 1;
      else if (typeof q.successorDomain === 'number') perDomain[q.successorDomain - 1]! += 1;
    }
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-103/from-ai-102/'));
    expect(await page.textContent('[data-testid=bank-size]')).toBe(String(ai102.questions.length));
    expect(await page.textContent('[data-testid=still-count]')).toBe(String(perDomain.reduce((a, b) => a + b, 0)));
    expect(await page.textContent('[data-testid=gone-count]')).toBe(String(gone));
    const rows = await page.$$eval('tr[data-domain] td', (tds) => tds.map((td) => Number(td.textContent)));
    expect(rows).toEqual(perDomain);
    await context.close();
  });

  it('draws both weightings side by side with every value written out, readable at 360 px', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(url('ai-103/from-ai-102/'));
    const values = await page.$$eval('.weights-col', (cols) => cols.map((c) => [...c.querySelectorAll('.weights-value')].map((v) => v.textContent)));
    expect(values).toEqual([
      ['20–25%', '15–20%', '5–10%', '10–15%', '15–20%', '15–20%'],
      ['25–30%', '30–35%', '10–15%', '10–15%', '10–15%'],
    ]);
    const smallest = await page.$$eval('.weights *', (els) =>
      Math.min(...els.filter((e) => e.textContent?.trim() && !(e instanceof SVGElement)).map((e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    await context.close();
  });
});

describe('the quiz page', () => {
  it('costs at most 45 KB gzip on a first visit, every request included', async ({ browser }) => {
    const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
    const bodies: Promise<number>[] = [];
    page.on('response', (r) =>
      bodies.push(
        r.body().then(
          (b) => gzipSync(b, { level: 9 }).length,
          () => 0,
        ),
      ),
    );
    await page.goto(url('ai-102/quiz/'), { waitUntil: 'networkidle' });
    await page.locator('.quiz-start').waitFor();
    const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(45 * 1024);
    expect(bodies.length).toBeGreaterThan(3);
    await context.close();
  });
});
