import { describe, expect, it } from 'vitest';
import { latestAnswers } from '../../../src/quiz/answers';
import { reduce, startAttempt } from '../../../src/quiz/attempt';
import { historyEntry } from '../../../src/quiz/record';
import { scoreAttempt } from '../../../src/quiz/scoring';
import { decodeHistory, encodeHistory } from '../../../src/quiz/storage';
import { allTypes, multi, savedEntry, single, yesno } from './fixtures';

const entry = savedEntry;

describe('per-question points in the history', () => {
  it('keeps the points of each answered question, not of the blank ones', () => {
    const bank = { exam: 'ai-102', questions: allTypes };
    let a = startAttempt(bank, { mode: 'practice', size: 'all', seed: 3, now: 1000, secondsPerQuestion: 120 });
    // single: right (1 point). multi: a and b where a, d are right: 1 right − 1 wrong = 0 → 0 points.
    // yesno: s1 true (right), s2 true (wrong), s3 true (right): 2 of 3 = 0.6667 to 4 decimals. The rest blank.
    a = reduce(a, { type: 'answer', id: single.id, response: { type: 'single', choice: 'c' } });
    a = reduce(a, { type: 'answer', id: multi.id, response: { type: 'multi', choices: ['a', 'b'] } });
    a = reduce(a, { type: 'answer', id: yesno.id, response: { type: 'yesno', values: { s1: true, s2: true, s3: true } } });
    a = reduce(a, { type: 'submit', now: 5000 });
    const e = historyEntry(a, scoreAttempt(allTypes, a.responses, 70));
    expect(e.points).toEqual({ single: 1, multi: 0, yesno: 0.6667 });
    // And it survives storage.
    expect(decodeHistory(encodeHistory([e]))).toEqual({ value: [e], problem: null });
  });

  it('still loads entries saved without points, and drops points out of range', () => {
    const old = entry('old', 1, undefined, ['x']);
    delete old.points;
    expect(decodeHistory(JSON.stringify({ v: 1, entries: [old] }))).toEqual({ value: [old], problem: null });
    expect(decodeHistory(JSON.stringify({ v: 1, entries: [old, entry('bad', 2, { x: 1.5 })] }))).toEqual({ value: [old], problem: 'corrupt' });
  });
});

describe('latestAnswers', () => {
  it('takes the answer of the attempt that finished last, whatever the order of the list', () => {
    const history = [entry('old', 100, { q1: 0, q2: 0.5 }), entry('new', 200, { q1: 1 })];
    expect([...latestAnswers(history).values()]).toEqual([
      { questionId: 'q1', points: 1, at: 200 },
      { questionId: 'q2', points: 0.5, at: 100 },
    ]);
  });

  it("counts a legacy entry's misses as 0 points only when asked to", () => {
    const history = [entry('new', 300, { q1: 1 }), entry('legacy', 200, undefined, ['q1', 'q2'])];
    expect([...latestAnswers(history).values()]).toEqual([{ questionId: 'q1', points: 1, at: 300 }]);
    expect([...latestAnswers(history, { legacyMisses: true }).values()]).toEqual([
      { questionId: 'q1', points: 1, at: 300 },
      { questionId: 'q2', points: 0, at: 200 },
    ]);
  });
});
