import { atom, computed, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { reduce, startAttempt, type Action, type Attempt, type StartOptions } from '../attempt';
import { historyEntry, type HistoryEntry } from '../record';
import { newSeed } from '../random';
import { scoreAttempt } from '../scoring';
import { decodeAttempt, encodeAttempt, reconcile, type LoadProblem } from '../storage';
import type { BankStores } from './bank';
import { keepAsIs } from './engine';
import type { Subject } from './notice';
import type { AttemptTime } from './time';
import type { ReadableAtom } from 'nanostores';

/** Tests set this global (in an init script) to replay one question order; nothing else reads it. */
const testSeed = () => (globalThis as { __AI102_QUIZ_SEED__?: number }).__AI102_QUIZ_SEED__;

interface Deps {
  key: string;
  passPercent: number;
  secondsPerQuestion: number;
  bank: BankStores;
  history: { $history: ReadableAtom<HistoryEntry[]>; record: (e: HistoryEntry) => void };
  reportProblem: (about: Subject, problem: LoadProblem | null) => void;
  attemptNow: AttemptTime;
  /** Told of each attempt as it finishes, with the history before it (the review cards are scheduled from it). */
  onFinished?: (entry: HistoryEntry, earlier: readonly HistoryEntry[]) => void;
}

export function createAttempt({
  key,
  passPercent,
  secondsPerQuestion,
  bank: { $bank },
  history: { $history, record },
  reportProblem,
  attemptNow,
  onFinished,
}: Deps) {
  /** The attempt as saved. Read it through $attempt, which waits until it has been fitted to the bank. */
  const $saved = persistentAtom<Attempt | null>(key, null, {
    encode: encodeAttempt,
    decode: (raw) => {
      const { value, problem } = decodeAttempt(raw, secondsPerQuestion);
      if (problem === 'newer') keepAsIs(key);
      reportProblem('attempt', problem);
      return value;
    },
  });
  const $fitted = atom(false);

  /** The current attempt, once the bank is loaded and the saved attempt checked against it. */
  const $attempt = computed([$saved, $fitted], (a, fitted) => (fitted ? a : null));

  function fit() {
    const b = $bank.get();
    if (b.status !== 'ready' || $fitted.get()) return;
    const saved = $saved.get();
    if (saved) {
      const { value, problem } = reconcile(saved, b.bank.exam, b.byId);
      reportProblem('attempt', problem);
      $saved.set(value);
    }
    $fitted.set(true);
  }
  // While anything watches the attempt, the saved one is fitted to the bank as soon as the bank is in.
  onMount($attempt, () => $bank.subscribe(fit));

  /** Fits the saved attempt again, after it was read anew from storage (a progress file imported, progress cleared). */
  function refit() {
    $fitted.set(false);
    fit();
  }

  const $score = computed([$attempt, $bank], (a, b) => {
    if (!a || b.status !== 'ready') return null;
    return scoreAttempt(
      a.questionIds.map((id) => b.byId.get(id)!),
      a.responses,
      passPercent,
    );
  });

  function dispatch(action: Action) {
    const before = $saved.get();
    if (!before || !$fitted.get()) return;
    // Time comes from the attempt's clock, whatever the caller read: a clock set back cannot lengthen an exam.
    if (action.type === 'submit' || action.type === 'tick') action = { ...action, now: attemptNow(before.startedAt) };
    const after = reduce(before, action);
    if (after === before) return;
    $saved.set(after);
    if (before.phase !== 'done' && after.phase === 'done') {
      const score = $score.get();
      if (score) {
        const earlier = $history.get();
        const entry = historyEntry(after, score);
        record(entry);
        onFinished?.(entry, earlier);
      }
    }
  }

  function begin(options: Omit<StartOptions, 'seed' | 'now' | 'secondsPerQuestion'>) {
    const b = $bank.get();
    if (b.status !== 'ready') return;
    $saved.set(startAttempt(b.bank, { ...options, secondsPerQuestion, seed: testSeed() ?? newSeed(), now: attemptNow() }));
  }

  /** Back to the start screen; a finished attempt stays in the history. */
  const leave = () => $saved.set(null);

  /** The questions missed in the latest finished attempt, for "retry what I missed". */
  const $lastMissed = computed([$history, $bank], (h, b) => {
    const missed = h[0]?.missed ?? [];
    return b.status === 'ready' ? missed.filter((id) => b.byId.has(id)) : [];
  });

  return { $attempt, $score, $lastMissed, dispatch, begin, leave, refit };
}
export type AttemptStores = ReturnType<typeof createAttempt>;
