/*
 * Facts go stale with the calendar, not with a commit: this finds every `checked` date in content/
 * (fact groups, FAQ answers, guide sections, quiz questions) older than the limit on a given day.
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

/** Every `checked` date in a parsed file, with the entry (question, certification) and field that holds it. */
function checkedDates(data: unknown, entry: string): { entry: string; field: string; date: Date }[] {
  const found: { entry: string; field: string; date: Date }[] = [];
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
      const date = key === 'checked' ? asDate(value) : undefined;
      if (date) found.push({ entry: entryName, field, date });
      else walk(value, entryName, field);
    }
  };
  walk(data, entry, '');
  return found;
}

/** Facts last checked more than `days` before `today`, oldest first, as file › entry › field problems. */
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
      for (const { entry, field, date } of checkedDates(data, entryId(path))) {
        const age = Math.floor((today.getTime() - date.getTime()) / DAY);
        if (age <= days) continue;
        const iso = date.toISOString().slice(0, 10);
        stale.push({ file: shown(root, path), entry, field, date, message: `last checked ${iso}, ${age} days ago (limit ${days})` });
      }
    }
  }
  return stale.sort((a, b) => a.date.getTime() - b.date.getTime()).map(({ date: _, ...p }) => p);
}
