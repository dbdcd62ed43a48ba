/*
 * npm run freshness: lists every fact group and question last checked more than 180 days ago, and
 * every question whose recheckBy date has come, and exits 1 if there is any. Run it before publishing. `--today=YYYY-MM-DD` (or FRESHNESS_TODAY) sets
 * the day to measure from, for tests and for planning ahead.
 */
import { formatProblem } from '../schemas/check';
import { FRESHNESS_DAYS, staleFacts } from '../schemas/freshness';
import { contentDir } from '../utils/content-dir';

const arg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length) ?? process.env.FRESHNESS_TODAY;
if (arg && !/^\d{4}-\d{2}-\d{2}$/.test(arg)) {
  console.error(`--today must be written YYYY-MM-DD, got "${arg}"`);
  process.exit(2);
}
const today = arg ? new Date(`${arg}T00:00:00Z`) : new Date();
const stale = staleFacts(contentDir, today);
const day = today.toISOString().slice(0, 10);

if (stale.length === 0) {
  console.log(`Every fact and question in ${contentDir}/ was checked within ${FRESHNESS_DAYS} days of ${day}, and none is due for its recheckBy date.`);
} else {
  console.error(`${stale.length} fact group(s) or question(s) last checked more than ${FRESHNESS_DAYS} days before ${day}, or due for their recheckBy date:`);
  for (const p of stale) console.error(`  - ${formatProblem(p)}`);
  console.error(
    'Check each against its sources, update it and its `checked` date (and `accessed` on each source); for a question past `recheckBy`, set the next date the fact may change or remove the field.',
  );
  process.exit(1);
}
