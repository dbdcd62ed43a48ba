/*
 * The exam's spaced-review cards (src/quiz/review-card.ts), saved under reviewKey(exam). Reading them and
 * counting the due ones needs no scheduler; rating answers does, so ts-fsrs (src/quiz/review.ts) is
 * imported only when an attempt finishes, or once to build cards from a history saved before there were
 * any (cardsFromHistory). Its chunk is precached by the service worker, so this works offline.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { HistoryEntry } from '../record';
import { decodeCards, due, encodeCards, type ReviewCards } from '../review-card';
import { keepAsIs } from './engine';
import type { Subject } from './notice';
import type { LoadProblem } from '../storage';

interface Deps {
  key: string;
  $history: ReadableAtom<HistoryEntry[]>;
  reportProblem: (about: Subject, problem: LoadProblem | null) => void;
  /** The wall clock; Date.now unless a test gives another. */
  now?: () => number;
}

export function createReview({ key, $history, reportProblem, now = Date.now }: Deps) {
  /** The cards as saved; null while none were ever saved (a history from before cards is built into cards once). */
  const $cards = persistentAtom<ReviewCards | null>(key, null, {
    encode: (c) => (c ? encodeCards(c) : undefined),
    decode: (raw) => {
      const { value, problem } = decodeCards(raw);
      if (problem === 'newer') keepAsIs(key);
      reportProblem('review', problem);
      return value;
    },
  });

  /**
   * The time the due cards are counted at: the wall clock (page.clock in tests), read when the start screen
   * shows. Not the attempt's own time (attemptNow), which never runs backwards: reading it here would hold
   * a clock set back at this moment for the next attempt too.
   */
  const $reviewNow = atom(now());
  const refreshReviewNow = () => $reviewNow.set(now());

  /** The cards due now, most overdue first. */
  const $due = computed([$cards, $reviewNow], (cards, now) => (cards ? due(cards, now) : []));

  /** Whether scheduling is on its way (ts-fsrs loading), so a view can wait before it reads a due date. */
  const $scheduling = atom(0);
  let queue: Promise<void> = Promise.resolve();
  /** Runs jobs one after another, each with the scheduler loaded; a failed load leaves the cards as they were. */
  const withScheduler = (job: (m: typeof import('../review')) => void) => {
    $scheduling.set($scheduling.get() + 1);
    queue = queue
      .then(() => import('../review'))
      .then(job)
      .catch(() => undefined)
      .finally(() => $scheduling.set($scheduling.get() - 1));
    return queue;
  };

  /** Cards for a history saved before there were cards (entries without points count their misses as wrong). */
  function migrate() {
    if ($cards.get() !== null || $history.get().length === 0) return Promise.resolve();
    return withScheduler((m) => {
      if ($cards.get() === null) $cards.set(m.cardsFromHistory($history.get()));
    });
  }

  /** Rates each question of a finished attempt at its finish time: wrong → Again, partly → Hard, right → Good. */
  function schedule(entry: HistoryEntry, earlier: readonly HistoryEntry[]) {
    const points = entry.points ?? {};
    if (Object.keys(points).length === 0) return Promise.resolve();
    return withScheduler((m) => {
      const cards = $cards.get() ?? m.cardsFromHistory(earlier);
      $cards.set(m.reviewAll(cards, points, entry.finishedAt));
    });
  }

  return { $cards, $due, $reviewNow, refreshReviewNow, $scheduling, migrate, schedule };
}
export type ReviewStores = ReturnType<typeof createReview>;
