import { describe, expect, it } from 'vitest';
import { crossedThreshold } from '../../../src/quiz/deadline';
import { examDeadline, formatClock, remainingMs, spokenDuration } from '../../../src/quiz/timer';
import { addToHistory, HISTORY_LIMIT, trend, type HistoryEntry } from '../../../src/quiz/history';

describe('timer', () => {
  it('keeps a deadline and counts down from it', () => {
    expect(examDeadline(1000, 35, 120)).toBe(1000 + 70 * 60_000);
    expect(remainingMs(10_000, 4_000)).toBe(6_000);
    expect(remainingMs(10_000, 20_000)).toBe(0);
  });

  it('formats the clock, rounding up', () => {
    expect(formatClock(70 * 60_000)).toBe('1:10:00');
    expect(formatClock(20 * 60_000)).toBe('20:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('speaks durations', () => {
    expect(spokenDuration(5 * 60_000)).toBe('5 minutes');
    expect(spokenDuration(90_000)).toBe('1 minute 30 seconds');
    expect(spokenDuration(1_000)).toBe('1 second');
  });

  it('announces thresholds once, when crossed, not every second', () => {
    expect(crossedThreshold(5 * 60_000 + 500, 5 * 60_000 - 500)).toBe(5 * 60_000);
    expect(crossedThreshold(5 * 60_000 - 500, 5 * 60_000 - 1500)).toBeNull();
    expect(crossedThreshold(20 * 60_000, 19 * 60_000)).toBeNull();
    // A reload after a long pause announces the nearest threshold passed.
    expect(crossedThreshold(40 * 60_000, 45_000)).toBe(60_000);
  });
});

describe('history', () => {
  const entry = (id: string, percent: number): HistoryEntry => ({
    id,
    percent,
    finishedAt: 1,
    mode: 'practice',
    passed: percent >= 70,
    earned: 0,
    possible: 10,
    durationMs: 0,
    timedOut: false,
    domains: [],
    missed: [],
  });

  it('keeps the newest 20, newest first, one per attempt', () => {
    let h: HistoryEntry[] = [];
    for (let i = 0; i < 25; i++) h = addToHistory(h, entry(`a${i}`, i));
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]!.id).toBe('a24');
    expect(addToHistory(h, entry('a24', 99))).toHaveLength(20);
    expect(addToHistory(h, entry('a24', 99))[0]!.percent).toBe(99);
  });

  it('reports the trend against earlier attempts', () => {
    expect(trend([])).toBeNull();
    expect(trend([entry('a', 60)])).toEqual({ change: null, best: 60, average: 60 });
    expect(trend([entry('c', 80), entry('b', 60), entry('a', 50)])).toEqual({ change: 25, best: 80, average: 63.3 });
  });
});
