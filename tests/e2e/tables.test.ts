/*
 * Tables read whole on a 360 px phone, in both themes: no table is wider than its box, nothing scrolls
 * sideways, and every cell is on screen (a table of many columns turns each row into a labelled card).
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, it, newPage, sitemapPages } from '../support/browser';
import { finishPractice, progress, startByMouse } from './quiz-driver';
import { openQuiz } from '../support/quiz';
import { TEST_TIME } from '../support/fixed';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** What does not fit in the page's tables: "table 2: 561px in a 318px box", "cell “Score” cut at 380px". */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    document.querySelectorAll('table').forEach((table, i) => {
      const name = `table ${i + 1} (${table.caption?.textContent?.trim().slice(0, 40) ?? 'no caption'})`;
      const box = table.parentElement!;
      const t = table.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (t.width > b.width + 1) out.push(`${name}: ${Math.round(t.width)}px in a ${Math.round(b.width)}px box`);
      if (box.scrollWidth > box.clientWidth + 1) out.push(`${name}: its box scrolls sideways (${box.scrollWidth} > ${box.clientWidth})`);
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        // A card table hides its column heads on phones: each cell carries its label instead (data-label).
        if (cell.closest('.cards thead')) continue;
        const r = cell.getBoundingClientRect();
        const text = (cell.textContent ?? '').trim().slice(0, 30);
        if (r.width === 0 || r.height === 0) out.push(`${name}: cell “${text}” has no size`);
        else if (r.left < Math.max(0, b.left) - 1 || r.right > Math.min(vw, b.right) + 1)
          out.push(`${name}: cell “${text}” is cut (${Math.round(r.left)}–${Math.round(r.right)}px)`);
      }
    });
    return out;
  });
}

describe('tables on a 360x740 phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fit whole on every page, ${colorScheme} theme`, async ({ browser }) => {
      const { page, context } = await newPage(browser, { ...phone, colorScheme });
      const problems: string[] = [];
      const origin = new URL(baseUrl()).origin;
      let tables = 0;
      for (const path of await sitemapPages()) {
        await page.goto(origin + path);
        tables += await page.locator('table').count();
        problems.push(...(await misfits(page)).map((p) => `${path} ${p}`));
      }
      // The check looked at something: the salary, comparison, domain and logistics tables at least.
      expect(tables).toBeGreaterThanOrEqual(6);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);

    it(`fit whole on the quiz results with an attempt history, ${colorScheme} theme`, async ({ browser }) => {
      const { page, context } = await openQuiz(browser, { exam: 'ai-102', ...phone, colorScheme });
      // Two short drills of domain 3 make a history of two attempts.
      await startByMouse(page, 'practice', 'all', [3]);
      const { of } = await progress(page);
      await finishPractice(page, of);
      // A minute later: an attempt's id is its start time and seed, both fixed here.
      await page.clock.setFixedTime(TEST_TIME + 60_000);
      await page.getByRole('button', { name: 'Drill this domain' }).first().click();
      await finishPractice(page, of, (i) => (i % 2 ? 'right' : 'wrong'));
      expect(await page.locator('.quiz-results table tbody tr').count()).toBeGreaterThanOrEqual(2);
      expect(await misfits(page)).toEqual([]);
      // The score of each attempt is on screen, labelled.
      const score = page.locator('.quiz-results table tbody tr').first().locator('td[data-label="Score"]');
      expect(await score.isVisible()).toBe(true);
      await context.close();
    }, 120_000);
  }
});
