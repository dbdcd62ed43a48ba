/*
 * The exam's clock belongs to the attempt, not to a view: while an exam runs, this store ticks once a
 * second whatever screen is shown (question, map, review, help, the start screen over the exam, a tab
 * in the background), and submits the attempt once, as timed out, when its deadline passes.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { Attempt } from '../attempt';
import { crossedThreshold, decodeLeft, LEFT_KEY, type Left } from '../deadline';
import { remainingMs, spokenDuration } from '../timer';
import { announce } from './announcer';
import { $attempt, dispatch } from './attempt';
import './engine';
import { $now, attemptNow } from './time';

/** The exam's time left at its last tick, with the attempt it belongs to. */
export const $left = persistentAtom<Left | null>(LEFT_KEY, null, {
  encode: (v) => (v ? JSON.stringify(v) : undefined),
  decode: decodeLeft,
});

/** The earliest time an attempt can be at: its start, and for an exam the point its saved time left implies. */
export function floorOf(a: Attempt | null): number {
  if (!a) return 0;
  const left = $left.get();
  return a.deadline !== null && left?.id === a.id ? Math.max(a.startedAt, a.deadline - left.left) : a.startedAt;
}

// $now lives in time.ts so the start screen can show the time left without loading this module.
export { $now };

let lastRemaining: number | null = null;
let timer: ReturnType<typeof setInterval> | undefined;

const running = () => {
  const a = $attempt.get();
  return a && a.deadline !== null && a.phase !== 'done' ? a : null;
};

export function tick() {
  const a = running();
  $now.set(attemptNow(floorOf($attempt.get())));
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
