/*
 * The attempt's own time. The wall clock can jump backwards (a system clock set back); the attempt's
 * time never does: a backward jump is absorbed and elapsed time keeps growing at the wall clock's
 * pace. The exam's time left is saved on every tick, so a reload never gives back time either.
 */
import { persistentAtom } from '@nanostores/persistent';
import './engine';
import type { Attempt } from '../attempt';
import { decodeLeft, LEFT_KEY, type Left } from '../storage';

let skew = 0;
let last = 0;

/** Date.now(), moved forward by whatever the wall clock lost, and never earlier than floor. */
export function attemptNow(floor = 0): number {
  let t = Date.now() + skew;
  const min = Math.max(last, floor);
  if (t < min) {
    skew += min - t;
    t = min;
  }
  return (last = t);
}

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

export const nowFor = (a: Attempt | null) => attemptNow(floorOf(a));
