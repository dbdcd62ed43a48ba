/*
 * The quiz's stores, made per exam by createQuizStores() from the island's props. Importing a store module
 * does nothing: no DOM is read, nothing subscribes, no timer starts. The island creates its stores once
 * (Quiz.tsx) and hands them to its views through a context (src/components/quiz/context.ts).
 */
import { atom } from 'nanostores';
import { reviewKey, storageKeys } from '../storage-keys';
import { createAnnouncer } from './announcer';
import { createAttempt } from './attempt';
import { createBank } from './bank';
import { createClock } from './clock';
import { $storageMode, useBrowserStorage } from './engine';
import { createHistory } from './history';
import { createNotices } from './notice';
import { createReview } from './review';
import { createAttemptTime } from './time';
import { createVersions } from './versions';

export interface QuizSetup {
  /** The exam id ("ai-103"): its saved attempt and history are kept under keys of its own. */
  exam: string;
  bankUrl: string;
  /** From the exam profile, through src/quiz/rules.ts. */
  passPercent: number;
  secondsPerQuestion: number;
}

export function createQuizStores(setup: QuizSetup) {
  useBrowserStorage();
  const keys = storageKeys(setup.exam);
  const { $announcement, announce } = createAnnouncer();
  const { $notices, reportProblem, dismiss } = createNotices();
  const bank = createBank(setup.bankUrl);
  const attemptNow = createAttemptTime();
  const history = createHistory(keys.history, reportProblem);
  const review = createReview({ key: reviewKey(setup.exam), $history: history.$history, reportProblem });
  const attempt = createAttempt({
    key: keys.attempt,
    passPercent: setup.passPercent,
    secondsPerQuestion: setup.secondsPerQuestion,
    bank,
    history,
    reportProblem,
    attemptNow,
    onFinished: review.schedule,
  });
  const versions = createVersions(keys.versions, attempt.$attempt, bank.$bank);
  const clock = createClock({ $attempt: attempt.$attempt, dispatch: attempt.dispatch, attemptNow, announce });
  /** 'start' shows the start screen over an unfinished attempt; a reload always returns to the attempt. */
  const $view = atom<'quiz' | 'start'>('quiz');

  /**
   * Reads the saved attempt, history and cards again, after a progress file was imported or progress
   * cleared, so the open page shows them without a reload: each persistent store re-reads its key on
   * 'pageshow' (as after the back button), or as it mounts; the attempt is then fitted to the bank again.
   */
  function reloadSaved() {
    const watching = [attempt.$attempt, history.$history, review.$cards].map((s) => s.listen(() => undefined));
    window.dispatchEvent(new Event('pageshow'));
    attempt.refit();
    watching.forEach((off) => off());
  }

  return {
    exam: setup.exam,
    $announcement,
    announce,
    $notices,
    dismiss,
    $storageMode,
    ...bank,
    ...history,
    ...attempt,
    ...versions,
    ...clock,
    ...review,
    $view,
    reloadSaved,
  };
}

export type QuizStores = ReturnType<typeof createQuizStores>;
