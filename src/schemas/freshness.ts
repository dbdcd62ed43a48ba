/*
 * Facts go stale with the calendar, not with a commit: this finds every `checked` date in content/
 * (fact groups, FAQ answers, guide sections, quiz questions) older than the limit on a given day, and
 * every `recheckBy` date (a question whose key depends on a date) that the day has reached.
 * The build only warns; `npm run freshness` fails, so the date alone never breaks `npm test`.
 */
import { join } from 'node:path';
import { collectionFiles } from './collections';
import { entryId, filesOf, namedLists, readData, shown, type Problem } from './check';

export const FRESHNESS_DAYS = 180;
const DAY = 24 * 60 * 60 * 1000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function asDate(v: unknown): Date | undefined {
  if (v instanceof Date) return v;
  if (typeof v === 'string' && ISO.test(v)) return new Date(`${v}T00:00:00Z`);
  return undefined;
}

type Found = { entry: string; field: string; date: Date; recheck: boolean };

/** Every `checked` and `recheckBy` date in a parsed file, with the entry (question, certification) and field that holds it. */
function checkedDates(data: unknown, entry: string): Found[] {
  const found: Found[] = [];
  const walk = (v: unknown, entryName: string, path: string) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, entryName, `${path}[${i}]`));
      return;
    }
    if (!v || typeof v !== 'object' || v instanceof Date) return;
    for (const [key, value] of Object.entries(v)) {
      const named = path === '' ? namedLists[key] : undefined;
      if (named && Array.isArray(value)) {
        value.forEach((item, i) => {
          const name = (item as Record<string, unknown>)?.[named.key];
          const label = typeof name === 'string' ? `${named.noun} "${name}"` : `${named.noun} ${i + 1}`;
          walk(item, `${entryName} › ${label}`, '');
        });
        continue;
      }
      const field = path ? `${path}.${key}` : key;
      const date = key === 'checked' || key === 'recheckBy' ? asDate(value) : undefined;
      if (date) found.push({ entry: entryName, field, date, recheck: key === 'recheckBy' });
      else walk(value, entryName, field);
    }
  };
  walk(data, entry, '');
  return found;
}

/**
 * Facts last checked more than `days` before `today`, and questions whose `recheckBy` is `today` or
 * earlier, oldest date first, as file › entry › field problems.
 */
export function staleFacts(contentDir: string, today: Date, days = FRESHNESS_DAYS, root = process.cwd()): Problem[] {
  const stale: (Problem & { date: Date })[] = [];
  for (const { folder, pattern } of Object.values(collectionFiles)) {
    for (const path of filesOf(join(contentDir, folder), pattern)) {
      let data: unknown;
      try {
        data = readData(path);
      } catch {
        continue; // The content check reports files that cannot be read.
      }
      for (const { entry, field, date, recheck } of checkedDates(data, entryId(path))) {
        const age = Math.floor((today.getTime() - date.getTime()) / DAY);
        const iso = date.toISOString().slice(0, 10);
        if (recheck) {
          if (age < 0) continue;
          const message = age === 0 ? `recheck by ${iso}: that is today` : `recheck by ${iso}: ${age} day${age === 1 ? '' : 's'} overdue`;
          stale.push({ file: shown(root, path), entry, field, date, message });
          continue;
        }
        if (age <= days) continue;
        stale.push({ file: shown(root, path), entry, field, date, message: `last checked ${iso}, ${age} days ago (limit ${days})` });
      }
    }
  }
  return stale.sort((a, b) => a.date.getTime() - b.date.getTime()).map(({ date: _, ...p }) => p);
}
