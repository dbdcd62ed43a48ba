import { atom, onMount } from 'nanostores';
import { crossedThreshold, remainingMs, spokenDuration } from '../timer';
import { announce } from './announcer';
import { $attempt, dispatch } from './attempt';

/** The current time, ticking once a second while something on screen shows the exam clock. */
export const $now = atom(Date.now());

let lastRemaining: number | null = null;

export function tick(now = Date.now()) {
  $now.set(now);
  const a = $attempt.get();
  if (!a || a.deadline === null || a.phase === 'done') {
    lastRemaining = null;
    return;
  }
  const left = remainingMs(a.deadline, now);
  if (lastRemaining !== null) {
    const crossed = crossedThreshold(lastRemaining, left);
    if (crossed !== null && left > 0) announce(`${spokenDuration(left)} left.`);
  }
  lastRemaining = left;
  if (left === 0) {
    dispatch({ type: 'tick', now });
    announce('Time is up. Your answers were submitted.');
  }
}

onMount($now, () => {
  tick();
  const id = setInterval(tick, 1000);
  return () => clearInterval(id);
});
