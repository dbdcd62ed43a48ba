/* The history's trend, shown on the results screen only (its own chunk). */
import { isJudged } from './judging';
import type { HistoryEntry } from './record';

export { addToHistory, historyEntry, HISTORY_LIMIT, type HistoryEntry } from './record';

/** A drill or retry too short for a verdict: practice, whatever its mode; never a pass or a best score. */
export const isDrill = (e: Pick<HistoryEntry, 'possible'>) => !isJudged(e.possible);

export interface Trend {
  /** Latest score minus the average of the attempts before it (null with a single attempt). */
  change: number | null;
  /** Best score of the attempts large enough to judge; null when every attempt was a drill. */
  best: number | null;
  average: number;
}

export function trend(entries: readonly HistoryEntry[]): Trend | null {
  if (entries.length === 0) return null;
  const [latest, ...before] = entries;
  const avg = (xs: readonly HistoryEntry[]) => xs.reduce((s, e) => s + e.percent, 0) / xs.length;
  const round = (n: number) => Math.round(n * 10) / 10;
  const judged = entries.filter((e) => !isDrill(e));
  return {
    change: before.length ? round(latest!.percent - avg(before)) : null,
    best: judged.length ? Math.max(...judged.map((e) => e.percent)) : null,
    average: round(avg(entries)),
  };
}
