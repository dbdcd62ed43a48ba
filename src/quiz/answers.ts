/*
 * The learner's latest answer to each question, read from the saved history (record.ts): what
 * readiness.ts and review.ts start from. Pure: no storage, no clock.
 */
import type { HistoryEntry } from './record';

export interface Answer {
  questionId: string;
  /** 0 to 1, as scoring.ts gives it. */
  points: number;
  /** When the attempt it belongs to finished (ms). */
  at: number;
}

export interface LatestOptions {
  /**
   * Entries saved before per-question points were kept list only the questions they `missed`
   * (points under 1, how much under unknown) and not the ones answered right. With this set, each
   * such miss counts as an answer with 0 points. review.ts wants that (a miss comes back soon);
   * readiness.ts does not, as counting only the misses would drag its estimate down.
   */
  legacyMisses?: boolean;
}

/**
 * Each question's latest answer across every attempt in the history, whatever the list's order: the
 * attempt with the later finish time wins, and between two that finished at the same moment, the one
 * listed first (the history is newest first).
 */
export function latestAnswers(history: readonly HistoryEntry[], options: LatestOptions = {}): Map<string, Answer> {
  const latest = new Map<string, Answer>();
  const offer = (questionId: string, points: number, at: number) => {
    const seen = latest.get(questionId);
    if (!seen || at > seen.at) latest.set(questionId, { questionId, points, at });
  };
  for (const entry of history) {
    if (entry.points) {
      for (const id in entry.points) offer(id, entry.points[id]!, entry.finishedAt);
    } else if (options.legacyMisses) {
      for (const id of entry.missed) offer(id, 0, entry.finishedAt);
    }
  }
  return latest;
}
