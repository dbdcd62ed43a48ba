/*
 * The judged query sets run through the real search dialog in Chromium, against a served dist/. Used by
 * the e2e test (which asserts a floor) and `npm run bench` (which prints the rates). A query is a hit at
 * k when one of its answers is among the first k results. Two files:
 * - tests/fixtures/search-queries-tuning.json: ranking may be tuned against it;
 * - tests/fixtures/search-queries-heldout.json: written by a separate reader from content/ only, before
 *   any ranking change, and never tuned to. A miss there names a kind of query that fails: add queries
 *   of that kind to the tuning file and fix the kind, never the one query.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface JudgedQuery {
  query: string;
  /** Paths under the site's base, with their anchor: "ai-102/faq/#exam-cost". */
  answers: string[];
}

export interface Outcome extends JudgedQuery {
  /** 1-based rank of the first right answer, or null when none is listed. */
  rank: number | null;
  /** The first results, as paths under the base. */
  top: string[];
}

export const JUDGED_SETS = ['tuning', 'heldout'] as const;
export type JudgedSet = (typeof JUDGED_SETS)[number];

export function judgedQueries(set: JudgedSet = 'tuning'): JudgedQuery[] {
  const file = new URL(`../../tests/fixtures/search-queries-${set}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/** Types each query into the dialog opened on `siteUrl` (the site's home, base included). */
export async function judge(page: Page, siteUrl: string, queries = judgedQueries()): Promise<Outcome[]> {
  const base = new URL(siteUrl).pathname;
  await page.goto(siteUrl);
  await page.keyboard.press('/');
  const input = page.locator('dialog.search-dialog[open] input[type=search]');
  await input.waitFor();
  const outcomes: Outcome[] = [];
  for (const q of queries) {
    await input.fill(q.query);
    // The status names the term once its results are on screen.
    await page.locator('dialog.search-dialog .search-status', { hasText: `“${q.query}”` }).waitFor();
    const hrefs = await page.$$eval('dialog.search-dialog .search-results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    const top = hrefs.map((h) => (h.startsWith(base) ? h.slice(base.length) : h));
    const at = top.findIndex((h) => q.answers.includes(h));
    outcomes.push({ ...q, rank: at < 0 ? null : at + 1, top: top.slice(0, 5) });
  }
  return outcomes;
}

/** Share of queries whose first right answer is within the first k results. */
export const hitRate = (outcomes: Outcome[], k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / outcomes.length;
