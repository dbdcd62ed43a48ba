import { describe, expect, it } from 'vitest';
import { reduce, startAttempt } from '../../../src/quiz/attempt';
import { trend, type HistoryEntry } from '../../../src/quiz/history';
import { scoreAttempt } from '../../../src/quiz/scoring';
import { single } from './fixtures';

const singles = (n: number) => Array.from({ length: n }, (_, i) => ({ ...single, id: `q${i}` }));
const right = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { type: 'single' as const, choice: 'c' }]));

describe('a drill of fewer than 10 questions', () => {
  it('is scored but neither passes nor fails', () => {
    const three = singles(3);
    const s = scoreAttempt(three, right(['q0', 'q1', 'q2']), 70);
    expect(s.percent).toBe(100);
    expect(s.judged).toBe(false);
    expect(s.passed).toBe(false);
  });

  it('gets a verdict from 10 questions on', () => {
    const ten = singles(10);
    const s = scoreAttempt(ten, right(ten.map((q) => q.id)), 70);
    expect(s.judged).toBe(true);
    expect(s.passed).toBe(true);
  });

  it('never counts as a best score in the history trend', () => {
    const entry = (id: string, percent: number, possible: number): HistoryEntry => ({
      id,
      percent,
      possible,
      finishedAt: 1,
      mode: 'practice',
      passed: false,
      earned: 0,
      durationMs: 0,
      timedOut: false,
      domains: [],
      missed: [],
    });
    expect(trend([entry('b', 100, 3), entry('a', 60, 35)])).toEqual({ change: 40, best: 60, average: 80 });
    expect(trend([entry('b', 100, 3), entry('a', 50, 4)])?.best).toBeNull();
  });
});

describe('Finish now in practice', () => {
  const bank = { exam: 'ai-102', questions: singles(20) };
  const start = () => startAttempt(bank, { secondsPerQuestion: 120, mode: 'practice', size: 'all', seed: 7, now: 1000 });

  it('scores only the questions answered so far', () => {
    let a = start();
    const [first, second] = a.questionIds;
    a = reduce(a, { type: 'answer', id: first!, response: { type: 'single', choice: 'c' } });
    a = reduce(a, { type: 'answer', id: second!, response: { type: 'single', choice: 'a' } });
    a = reduce(a, { type: 'go', index: 12 });
    const done = reduce(a, { type: 'submit', now: 5000, answeredOnly: true });
    expect(done.phase).toBe('done');
    expect(done.questionIds).toEqual([first, second]);
    expect(done.index).toBe(1);
  });

  it('does nothing when nothing was answered', () => {
    const a = start();
    expect(reduce(a, { type: 'submit', now: 5000, answeredOnly: true })).toBe(a);
  });
});
