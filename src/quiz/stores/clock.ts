/*
 * The exam's clock belongs to the attempt, not to a view: while anything watches $now (the island keeps it
 * watched for as long as it is on the page), it ticks once a second whenever an exam runs, whatever screen
 * is shown (question, map, review, help, the start screen over the exam, a tab in the background), and
 * submits the attempt once, as timed out, when its deadline passes. It starts through nanostores' onMount.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Action, Attempt } from '../attempt';
import { crossedThreshold, decodeLeft, LEFT_KEY, type Left } from '../deadline';
import { remainingMs, spokenDuration } from '../timer';
import type { AttemptTime } from './time';

interface Deps {
  $attempt: ReadableAtom<Attempt | null>;
  dispatch: (action: Action) => void;
  attemptNow: AttemptTime;
  announce: (text: string) => void;
}

export function createClock({ $attempt, dispatch, attemptNow, announce }: Deps) {
  /** The attempt's current time, moved on by the running exam's clock; views read it for time left. */
  const $now = atom(Date.now());

  /** The exam's time left at its last tick, with the attempt it belongs to. */
  const $left = persistentAtom<Left | null>(LEFT_KEY, null, {
    encode: (v) => (v ? JSON.stringify(v) : undefined),
    decode: decodeLeft,
  });

  /** The earliest time an attempt can be at: its start, and for an exam the point its saved time left implies. */
  function floorOf(a: Attempt | null): number {
    if (!a) return 0;
    const left = $left.get();
    return a.deadline !== null && left?.id === a.id ? Math.max(a.startedAt, a.deadline - left.left) : a.startedAt;
  }

  const running = () => {
    const a = $attempt.get();
    return a && a.deadline !== null && a.phase !== 'done' ? a : null;
  };

  let lastRemaining: number | null = null;

  function tick() {
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

  onMount($now, () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    // Background tabs tick rarely; catch up the moment the tab is seen again.
    const onVisible = () => document.visibilityState === 'visible' && tick();
    const doc = typeof document === 'undefined' ? null : document;
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
      doc?.removeEventListener('visibilitychange', onVisible);
    };
    const unwatch = $attempt.subscribe(() => {
      const on = !!running();
      if (on && !timer) {
        timer = setInterval(tick, 1000);
        doc?.addEventListener('visibilitychange', onVisible);
        queueMicrotask(tick);
      } else if (!on && timer) {
        stop();
        if ($left.get()) $left.set(null);
      }
    });
    return () => {
      unwatch();
      stop();
    };
  });

  return { $now, $left };
}
