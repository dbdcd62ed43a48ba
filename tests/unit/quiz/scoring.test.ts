import { describe, expect, it } from 'vitest';
import { scoreAttempt, scoreQuestion } from '../../../src/quiz/scoring';
import type { Response } from '../../../src/quiz/responses';
import { examSchema } from '../../../src/schemas/exam';
import { readData } from '../../../src/schemas/check';
import { allTypes, dropdown, multi, order, single, yesno } from './fixtures';

describe('scoring each question type', () => {
  it('single choice: one point for the key, none otherwise', () => {
    expect(scoreQuestion(single, { type: 'single', choice: 'c' })).toBe(1);
    expect(scoreQuestion(single, { type: 'single', choice: 'a' })).toBe(0);
    expect(scoreQuestion(single, undefined)).toBe(0);
  });

  it('multi-select: credit per correct option, each wrong pick cancelling a right one', () => {
    expect(scoreQuestion(multi, { type: 'multi', choices: ['a', 'd'] })).toBe(1);
    expect(scoreQuestion(multi, { type: 'multi', choices: ['d', 'a'] })).toBe(1);
    expect(scoreQuestion(multi, { type: 'multi', choices: ['a'] })).toBe(0.5);
    expect(scoreQuestion(multi, { type: 'multi', choices: ['a', 'b'] })).toBe(0);
    expect(scoreQuestion(multi, { type: 'multi', choices: ['a', 'd', 'b'] })).toBe(0.5);
    expect(scoreQuestion(multi, { type: 'multi', choices: ['b', 'c', 'e'] })).toBe(0);
  });

  it('ordering: all or nothing', () => {
    expect(scoreQuestion(order, { type: 'order', order: ['c', 'a', 'd', 'b'] })).toBe(1);
    expect(scoreQuestion(order, { type: 'order', order: ['c', 'a', 'b', 'd'] })).toBe(0);
    expect(scoreQuestion(order, { type: 'order', order: ['a', 'b', 'c', 'd'] })).toBe(0);
  });

  it('yes/no series: a third of a point per statement', () => {
    expect(scoreQuestion(yesno, { type: 'yesno', values: { s1: true, s2: false, s3: true } })).toBe(1);
    expect(scoreQuestion(yesno, { type: 'yesno', values: { s1: true, s2: true, s3: true } })).toBeCloseTo(2 / 3);
    expect(scoreQuestion(yesno, { type: 'yesno', values: { s1: true } })).toBeCloseTo(1 / 3);
    expect(scoreQuestion(yesno, { type: 'yesno', values: { s1: false, s2: true, s3: false } })).toBe(0);
  });

  it('drop-down completion: credit per blank', () => {
    expect(scoreQuestion(dropdown, { type: 'dropdown', values: { b1: 'A', b2: 'E' } })).toBe(1);
    expect(scoreQuestion(dropdown, { type: 'dropdown', values: { b1: 'A', b2: 'C' } })).toBe(0.5);
    expect(scoreQuestion(dropdown, { type: 'dropdown', values: {} })).toBe(0);
  });

  it('gives nothing for a response of another type', () => {
    expect(scoreQuestion(single, { type: 'multi', choices: ['c'] })).toBe(0);
  });
});

describe('scoring an attempt', () => {
  const perfect: Record<string, Response> = {
    single: { type: 'single', choice: 'c' },
    multi: { type: 'multi', choices: ['a'] },
    order: { type: 'order', order: ['c', 'a', 'd', 'b'] },
    yesno: { type: 'yesno', values: { s1: true, s2: true, s3: true } },
  };

  it('adds points, percentages and the pass line', () => {
    const s = scoreAttempt(allTypes, perfect, 70);
    // 1 + 0.5 + 1 + 2/3 + 0 (dropdown unanswered) = 3.1667 of 5
    expect(s.earned).toBeCloseTo(3.1667, 3);
    expect(s.possible).toBe(5);
    expect(s.percent).toBe(63.3);
    expect(s.passed).toBe(false);
    expect(s.answered).toBe(4);
    expect(s.missed).toEqual(['multi', 'yesno', 'dropdown']);
  });

  it('draws the pass line where the exam profile does: 700 of 1000 is 70%, and 69.9% fails', () => {
    const { score, max } = examSchema.parse(readData('content/exams/ai-102.yaml')).passingScore;
    expect(score / max).toBe(0.7);
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...single, id: `q${i}` }));
    const right = (n: number) => Object.fromEntries(many.slice(0, n).map((q) => [q.id, { type: 'single' as const, choice: 'c' }]));
    expect(scoreAttempt(many, right(699), 70)).toMatchObject({ percent: 69.9, passed: false });
    expect(scoreAttempt(many, right(700), 70)).toMatchObject({ percent: 70, passed: true });
  });

  it('draws the pass line it is given: at 80%, 79 of 100 fails and 80 passes', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...single, id: `q${i}` }));
    const right = (n: number) => Object.fromEntries(many.slice(0, n).map((q) => [q.id, { type: 'single' as const, choice: 'c' }]));
    expect(scoreAttempt(many, right(79), 80)).toMatchObject({ percent: 79, passed: false });
    expect(scoreAttempt(many, right(80), 80)).toMatchObject({ percent: 80, passed: true });
  });

  it('passes at exactly 70%', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ ...single, id: `q${i}` }));
    const responses = Object.fromEntries(ten.slice(0, 7).map((q) => [q.id, { type: 'single' as const, choice: 'c' }]));
    const s = scoreAttempt(ten, responses, 70);
    expect(s.percent).toBe(70);
    expect(s.passed).toBe(true);
  });

  it('lists domains weakest first', () => {
    const s = scoreAttempt(allTypes, perfect, 70);
    expect(s.domains.map((d) => [d.domain, d.percent])).toEqual([
      [5, 0],
      [2, 50],
      [4, 66.7],
      [1, 100],
      [3, 100],
    ]);
  });
});
