/*
 * The exam's clock belongs to the attempt, not to a view: while an exam runs, this store ticks once a
 * second whatever screen is shown (question, map, review, help, the start screen over the exam, a tab
 * in the background), and submits the attempt once, as timed out, when its deadline passes.
 */
import { atom } from 'nanostores';
import { crossedThreshold, remainingMs, spokenDuration } from '../timer';
import { announce } from './announcer';
import { $attempt, dispatch } from './attempt';
import { $left, nowFor } from './time';

/** The attempt's current time (see time.ts), updated on every tick of a running exam. */
export const $now = atom(Date.now());

let lastRemaining: number | null = null;
let timer: ReturnType<typeof setInterval> | undefined;

const running = () => {
  const a = $attempt.get();
  return a && a.deadline !== null && a.phase !== 'done' ? a : null;
};

export function tick() {
  const a = running();
  $now.set(nowFor($attempt.get()));
  if (!a) return void (lastRemaining = null);
  const left = remainingMs(a.deadline!, $now.get());
  $left.set({ id: a.id, left });
  if (lastRemaining !== null) {
    const crossed = crossedThreshold(lastRemaining, left);
    if (crossed !== null && left > 0) announce(`${spokenDuration(left)} left.`);
  }
  lastRemaining = left;
  if (left === 0) {
    dispatch({ type: 'tick', now: $now.get() });
    announce('Time is up. Your answers were submitted.');
  }
}

const onVisible = () => document.visibilityState === 'visible' && tick();
const doc = typeof document === 'undefined' ? null : document;

$attempt.subscribe(() => {
  const on = !!running();
  if (on && !timer) {
    timer = setInterval(tick, 1000);
    // Background tabs tick rarely; catch up the moment the tab is seen again.
    doc?.addEventListener('visibilitychange', onVisible);
    queueMicrotask(tick);
  } else if (!on && timer) {
    clearInterval(timer);
    timer = undefined;
    doc?.removeEventListener('visibilitychange', onVisible);
    if ($left.get()) $left.set(null);
  }
});
