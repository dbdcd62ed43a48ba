import type { Attempt } from './attempt';
import { isJudged } from './judging';
import type { Score } from './scoring';

export const HISTORY_LIMIT = 20;

export interface HistoryEntry {
  id: string;
  finishedAt: number;
  mode: Attempt['mode'];
  percent: number;
  passed: boolean;
  earned: number;
  possible: number;
  durationMs: number;
  timedOut: boolean;
  domains: { domain: number; percent: number }[];
  /** What to retry next time. */
  missed: string[];
}

export function historyEntry(a: Attempt, score: Score): HistoryEntry {
  const finishedAt = a.finishedAt ?? a.startedAt;
  return {
    id: a.id,
    finishedAt,
    mode: a.mode,
    percent: score.percent,
    passed: score.passed,
    earned: Math.round(score.earned * 100) / 100,
    possible: score.possible,
    durationMs: Math.max(0, finishedAt - a.startedAt),
    timedOut: a.timedOut,
    domains: score.domains.map((d) => ({ domain: d.domain, percent: d.percent })),
    missed: score.missed,
  };
}

/** Newest first, one entry per attempt, at most the last 20. */
export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, HISTORY_LIMIT);
}

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
