/* A finished attempt as one history entry, and the history list: needed at load, so kept apart from trend(). */
import type { Attempt } from './attempt';
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
  /**
   * Points (0 to 1, to 4 decimals) of each question the learner answered in this attempt, by question id;
   * a question left blank is not listed. Entries saved before this field existed have none: their
   * right answers are unknown (only `missed` was kept). Read by readiness.ts and review.ts.
   */
  points?: Record<string, number>;
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
    points: Object.fromEntries(
      a.questionIds.filter((id) => a.responses[id] !== undefined).map((id) => [id, Math.round((score.perQuestion[id] ?? 0) * 1e4) / 1e4]),
    ),
  };
}

/** Newest first, one entry per attempt, at most the last 20. */
export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, HISTORY_LIMIT);
}
