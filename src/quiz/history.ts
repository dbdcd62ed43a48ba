/* The history's trend, shown on the results screen only (its own chunk). */
import type { HistoryEntry } from './record';

export { addToHistory, historyEntry, HISTORY_LIMIT, type HistoryEntry } from './record';

export interface Trend {
  /** Latest score minus the average of the attempts before it (null with a single attempt). */
  change: number | null;
  best: number;
  average: number;
}

export function trend(entries: readonly HistoryEntry[]): Trend | null {
  if (entries.length === 0) return null;
  const [latest, ...before] = entries;
  const avg = (xs: readonly HistoryEntry[]) => xs.reduce((s, e) => s + e.percent, 0) / xs.length;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    change: before.length ? round(latest!.percent - avg(before)) : null,
    best: Math.max(...entries.map((e) => e.percent)),
    average: round(avg(entries)),
  };
}
