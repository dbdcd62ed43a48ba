import { expect } from 'vitest';

import { it, newPage, url } from '../support/browser';
import { hitRate, judge } from '../bench/search-judge';

it('puts the right answer in the top 3 for at least 90% of the judged learner queries', async ({ browser }) => {
  const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
  const outcomes = await judge(page, url(''));
  const misses = outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => `${o.query} → ${o.top.slice(0, 3).join(', ') || 'nothing'}`);
  console.log(`judged queries: ${outcomes.length}; hit@1 ${(hitRate(outcomes, 1) * 100).toFixed(0)}%, hit@3 ${(hitRate(outcomes, 3) * 100).toFixed(0)}%\n${misses.join('\n')}`);
  expect(outcomes.length).toBeGreaterThanOrEqual(30);
  expect(hitRate(outcomes, 3), misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  await context.close();
}, 120_000);
