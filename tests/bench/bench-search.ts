/*
 * `npm run bench`: how often search puts the right answer first and in the top 3, over each judged
 * query set (tuning and held-out, see search-judge.ts), by typing each query into the real dialog in Chromium against dist/ served under `base`.
 */
import { chromium } from 'playwright-core';
import { serve } from '../../src/cli/serve.mjs';
import { findChromium } from '../support/chromium.mjs';
import { hitRate, judge, judgedQueries, JUDGED_SETS } from './search-judge';

export async function benchSearch(base: string) {
  const executablePath = findChromium();
  if (!executablePath) return console.log('\nSearch quality: skipped (no Chromium; run `node tests/support/chromium.mjs`)');
  const server = await serve({ root: 'dist', base, port: 0 });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const set of JUDGED_SETS) {
      const outcomes = await judge(page, server.url, judgedQueries(set));
      const pct = (k: number) => `${(hitRate(outcomes, k) * 100).toFixed(0)}%`;
      console.log(`\nSearch quality, ${set} set, ${outcomes.length} judged queries: hit@1 ${pct(1)}, hit@3 ${pct(3)}`);
      for (const o of outcomes.filter((o) => o.rank === null || o.rank > 3)) {
        console.log(`  miss: “${o.query}” → ${o.top.slice(0, 3).join(', ') || 'no result'}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
