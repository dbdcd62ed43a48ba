import { describe, expect } from 'vitest';
import { it, newPage, url } from '../support/browser';
import { hitRate, judge, judgedQueries, type JudgedSet } from '../bench/search-judge';

// The held-out set was written from content/ alone before any ranking change, and is never tuned to.
const SETS: [JudgedSet, number][] = [
  ['tuning', 60],
  ['heldout', 40],
];

describe('search quality', () => {
  it('has at least 120 judged queries in all, no query in both sets', () => {
    const [tuning, heldout] = SETS.map(([set]) => judgedQueries(set));
    expect(tuning!.length + heldout!.length).toBeGreaterThanOrEqual(120);
    const held = new Set(heldout!.map((q) => q.query.toLowerCase()));
    expect(tuning!.filter((q) => held.has(q.query.toLowerCase())).map((q) => q.query)).toEqual([]);
  });

  for (const [set, least] of SETS) {
    it(`puts the right answer in the top 3 for at least 90% of the ${set} queries`, async ({ browser }) => {
      const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
      const outcomes = await judge(page, url(''), judgedQueries(set));
      const misses = outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => `${o.query} → ${o.top.slice(0, 3).join(', ') || 'nothing'}`);
      console.log(
        `${set}: ${outcomes.length} judged queries; hit@1 ${(hitRate(outcomes, 1) * 100).toFixed(0)}%, hit@3 ${(hitRate(outcomes, 3) * 100).toFixed(0)}%\n${misses.join('\n')}`,
      );
      expect(outcomes.length).toBeGreaterThanOrEqual(least);
      expect(hitRate(outcomes, 3), misses.join('\n')).toBeGreaterThanOrEqual(0.9);
      await context.close();
    }, 180_000);
  }
});
