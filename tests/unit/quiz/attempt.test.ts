import { describe, expect, it } from 'vitest';
import { EmptySelectionError, reduce, startAttempt, type Action, type Attempt } from '../../../src/quiz/attempt';
import { order, realBank, single, multi } from './fixtures';

const start = (over: Partial<Parameters<typeof startAttempt>[1]> = {}) =>
  startAttempt(realBank, { secondsPerQuestion: 120, mode: 'practice', size: 'all', seed: 1, now: 1_000_000, ...over });
const run = (a: Attempt, ...actions: Action[]) => actions.reduce(reduce, a);

describe('starting an attempt', () => {
  it('is reproducible from its seed', () => {
    expect(start({ seed: 9 })).toEqual(start({ seed: 9 }));
    expect(start({ seed: 9 }).questionIds).not.toEqual(start({ seed: 10 }).questionIds);
  });

  it('shuffles options but never starts an ordering question solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      const a = startAttempt({ exam: 'x', questions: [order] }, { secondsPerQuestion: 120, mode: 'practice', size: 'all', seed, now: 0 });
      expect(a.optionOrder.order).not.toEqual(order.type === 'order' && order.answer);
      expect([...a.optionOrder.order!].sort()).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('sets a deadline of two minutes a question in exam mode only', () => {
    expect(start({ mode: 'exam' }).deadline).toBe(1_000_000 + 35 * 120_000);
    expect(start({ mode: 'exam', size: 10 }).deadline).toBe(1_000_000 + 10 * 120_000);
    expect(start().deadline).toBeNull();
    // Another exam's time per question (45 minutes for 30 questions: 90 seconds each).
    expect(start({ mode: 'exam', size: 10, secondsPerQuestion: 90 }).deadline).toBe(1_000_000 + 10 * 90_000);
  });

  it('refuses an empty selection', () => {
    expect(() => start({ domains: [42] })).toThrow(EmptySelectionError);
  });

  it('records a drill and a retry', () => {
    expect(start({ domains: [4, 2] }).domains).toEqual([2, 4]);
    const retry = start({ ids: ['d1-prompt-shields-attacks'] });
    expect(retry.retry).toBe(true);
    expect(retry.questionIds).toEqual(['d1-prompt-shields-attacks']);
  });
});

describe('the reducer', () => {
  const bank = { exam: 'x', questions: [single, multi, order] };
  const practice = () => startAttempt(bank, { secondsPerQuestion: 120, mode: 'practice', size: 'all', seed: 3, now: 0 });
  const exam = () => startAttempt(bank, { secondsPerQuestion: 120, mode: 'exam', size: 'all', seed: 3, now: 0 });

  it('records answers and moves between questions within bounds', () => {
    let a = practice();
    const first = a.questionIds[0]!;
    a = run(a, { type: 'answer', id: first, response: { type: 'single', choice: 'c' } }, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(a.responses[first]).toEqual({ type: 'single', choice: 'c' });
    expect(a.index).toBe(2);
    a = run(a, { type: 'prev' }, { type: 'prev' }, { type: 'prev' });
    expect(a.index).toBe(0);
    expect(run(a, { type: 'go', index: 7 }).index).toBe(0);
    expect(run(a, { type: 'go', index: 2 }).index).toBe(2);
  });

  it('ignores answers to questions outside the attempt', () => {
    const a = practice();
    expect(reduce(a, { type: 'answer', id: 'nope', response: { type: 'single', choice: 'a' } })).toBe(a);
  });

  it('locks a checked practice answer', () => {
    let a = practice();
    const id = a.questionIds[0]!;
    a = run(a, { type: 'answer', id, response: { type: 'single', choice: 'a' } }, { type: 'check' });
    expect(a.checked).toEqual([id]);
    a = reduce(a, { type: 'answer', id, response: { type: 'single', choice: 'c' } });
    expect(a.responses[id]).toEqual({ type: 'single', choice: 'a' });
  });

  it('has no checking or review screen in practice, and no checking in exam mode', () => {
    expect(reduce(practice(), { type: 'review' }).phase).toBe('answering');
    expect(reduce(exam(), { type: 'check' }).checked).toEqual([]);
  });

  it('flags and unflags for review', () => {
    const a = exam();
    const id = a.questionIds[1]!;
    expect(run(a, { type: 'flag', id }).flagged).toEqual([id]);
    expect(run(a, { type: 'flag', id }, { type: 'flag', id }).flagged).toEqual([]);
  });

  it('goes to the review screen and back to a question', () => {
    const a = run(exam(), { type: 'review' });
    expect(a.phase).toBe('review');
    const back = reduce(a, { type: 'go', index: 1 });
    expect([back.phase, back.index]).toEqual(['answering', 1]);
  });

  it('submits, then accepts nothing more', () => {
    const a = run(exam(), { type: 'submit', now: 5000 });
    expect([a.phase, a.finishedAt, a.timedOut]).toEqual(['done', 5000, false]);
    expect(reduce(a, { type: 'next' })).toBe(a);
    expect(reduce(a, { type: 'answer', id: a.questionIds[0]!, response: { type: 'single', choice: 'c' } })).toBe(a);
  });

  it('times out at the deadline, keeping what was answered', () => {
    let a = exam();
    const id = a.questionIds[0]!;
    a = run(a, { type: 'answer', id, response: { type: 'single', choice: 'c' } });
    expect(reduce(a, { type: 'tick', now: a.deadline! - 1 })).toBe(a);
    const done = reduce(a, { type: 'tick', now: a.deadline! + 60_000 });
    expect([done.phase, done.timedOut, done.finishedAt]).toEqual(['done', true, a.deadline]);
    expect(done.responses[id]).toEqual({ type: 'single', choice: 'c' });
    expect(reduce(practice(), { type: 'tick', now: 1e12 }).phase).toBe('answering');
  });

  it('never records a finish after the deadline, even when submitted late', () => {
    const a = exam();
    expect(reduce(a, { type: 'submit', now: a.deadline! + 10 }).finishedAt).toBe(a.deadline);
  });

  it('does not mutate the state it is given', () => {
    const a = practice();
    const copy = structuredClone(a);
    run(a, { type: 'answer', id: a.questionIds[0]!, response: { type: 'single', choice: 'a' } }, { type: 'check' }, { type: 'flag', id: a.questionIds[0]! });
    expect(a).toEqual(copy);
  });
});
