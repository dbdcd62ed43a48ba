/*
 * What only a running exam needs (it ships in the exam tools' chunk): when to speak the time left,
 * and the time left as last saved, which a reload or a clock set back can never increase.
 */
export const LEFT_KEY = 'ai102-quiz:left';

export interface Left {
  id: string;
  left: number;
}

/** The saved time left of an exam; anything else (damaged, negative, absurd) is ignored. */
export function decodeLeft(raw: string | undefined): Left | null {
  try {
    const x = JSON.parse(raw ?? '') as Partial<Left> | null;
    return typeof x?.id === 'string' && typeof x.left === 'number' && x.left >= 0 && x.left <= 8.64e15 ? (x as Left) : null;
  } catch {
    return null;
  }
}

/** Times left at which a screen reader hears the clock: often enough to plan, not every second. */
export const ANNOUNCE_AT = [30 * 60_000, 10 * 60_000, 5 * 60_000, 60_000, 30_000];

/** The threshold crossed between two readings of the clock, if any; after a long gap, the latest one. */
export function crossedThreshold(before: number, after: number): number | null {
  return ANNOUNCE_AT.filter((t) => before > t && after <= t).at(-1) ?? null;
}
