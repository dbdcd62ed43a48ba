/*
 * Readiness against values worked out by hand (the arithmetic is in the comments; nothing here asks
 * the code under test for an expected value). Method: the doc comment of src/quiz/readiness.ts.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/quiz/record';
import { readiness, type ExamDomain } from '../../../src/quiz/readiness';
import { readinessWorkload } from './fixtures';

/** A finished attempt whose per-question points are given. */
function entry(id: string, finishedAt: number, points: Record<string, number> | undefined, missed: string[] = []): HistoryEntry {
  return { id, finishedAt, mode: 'practice', percent: 0, passed: false, earned: 0, possible: 1, durationMs: 0, timedOut: false, domains: [], missed, points };
}
/** `count` question ids of a domain: d2-1, d2-2, … */
const ids = (domain: number, count: number) => Array.from({ length: count }, (_, i) => `d${domain}-${i + 1}`);
const bankOf = (sizes: Record<number, number>) => Object.entries(sizes).flatMap(([d, n]) => ids(Number(d), n).map((id) => ({ id, domain: Number(d) })));
/** Points for the first answers of a domain, in order. */
const answers = (domain: number, points: number[]) => Object.fromEntries(points.map((p, i) => [`d${domain}-${i + 1}`, p]));

// Two domains of equal weight: midpoints 50 and 50, so w = 0.5 each. A bank of 20, 10 per domain.
const even: ExamDomain[] = [
  { id: 1, weight: { min: 40, max: 60 } },
  { id: 2, weight: { min: 40, max: 60 } },
];
const evenBank = bankOf({ 1: 10, 2: 10 });

describe('readiness, one hand-worked case per verdict', () => {
  it('worked example: borderline', () => {
    // Domains 15-25%, 25-35%, 45-55%: midpoints 20, 30, 50 (sum 100), so w = 0.2, 0.3, 0.5.
    const domains: ExamDomain[] = [
      { id: 1, weight: { min: 15, max: 25 } },
      { id: 2, weight: { min: 25, max: 35 } },
      { id: 3, weight: { min: 45, max: 55 } },
    ];
    // Bank: 4 + 6 + 10 = 20 questions.
    const bank = bankOf({ 1: 4, 2: 6, 3: 10 });
    const history = [
      // Latest attempt (listed first, as the history is newest first).
      entry('b', 2000, { ...answers(1, [1, 1, 0]), ...answers(2, [1, 1, 1, 0.5, 0]), 'gone-from-bank': 1 }),
      // An older attempt: d1-1 was wrong then, right in 'b', so 'b' wins; d3 only answered here.
      entry('a', 1000, { 'd1-1': 0, ...answers(3, [1, 1, 1, 1, 1, 1, 0.5, 0]) }),
      // Saved before points were kept: only its misses are known, so readiness ignores it.
      entry('legacy', 500, undefined, ['d1-4', 'd2-6', 'd3-9']),
    ];
    const r = readiness({ history, bank, domains, passLine: 0.7 });
    // D1: n = 3, s = 1 + 1 + 0 = 2.  D2: n = 5, s = 3.5.  D3: n = 8, s = 6.5.  Answered 16 of 20.
    expect(r.coverage).toEqual({ answered: 16, bankSize: 20, share: 0.8, thin: [] });
    expect(r.domains.map((d) => [d.answered, d.earned, d.questions])).toEqual([
      [3, 2, 4],
      [5, 3.5, 6],
      [8, 6.5, 10],
    ]);
    // Estimate = 0.2·2/3 + 0.3·3.5/5 + 0.5·6.5/8 = 0.133333 + 0.21 + 0.40625 = 0.749583
    expect(r.estimate).toBeCloseTo(0.749583, 6);
    // D1 Beta(2.5, 1.5): mean 2.5/4 = 0.625, var = 2.5·1.5/(4²·5) = 3.75/80 = 0.046875
    // D2 Beta(4, 2):     mean 4/6 = 0.666667, var = 4·2/(6²·7) = 8/252 = 0.031746
    // D3 Beta(7, 2):     mean 7/9 = 0.777778, var = 7·2/(9²·10) = 14/810 = 0.017284
    expect(r.domains.map((d) => d.mean)).toEqual([0.625, expect.closeTo(0.666667, 6), expect.closeTo(0.777778, 6)]);
    expect(r.domains[0]!.variance).toBeCloseTo(0.046875, 9);
    // mean = 0.2·0.625 + 0.3·0.666667 + 0.5·0.777778 = 0.125 + 0.2 + 0.388889 = 0.713889
    // var  = 0.04·0.046875 + 0.09·0.031746 + 0.25·0.017284 = 0.001875 + 0.002857 + 0.004321 = 0.009053
    // sd = √0.009053 = 0.095148; z·sd = 1.2816 · 0.095148 = 0.121942
    // interval = 0.713889 ∓ 0.121942 = [0.591947, 0.835831]: 0.7 is inside, so borderline.
    expect(r.interval.mean).toBeCloseTo(0.713889, 6);
    expect(r.interval.low).toBeCloseTo(0.591947, 5);
    expect(r.interval.high).toBeCloseTo(0.835831, 5);
    expect(r.verdict).toBe('borderline');
    // Lowest posterior mean: D1 (0.625).
    expect(r.weakest).toBe(1);
  });

  it('ready: everything right', () => {
    const r = readiness({
      history: [entry('a', 1, { ...answers(1, Array(10).fill(1)), ...answers(2, Array(10).fill(1)) })],
      bank: evenBank,
      domains: even,
      passLine: 0.7,
    });
    // Each domain Beta(10.5, 0.5): mean 10.5/11 = 0.954545, var = 10.5·0.5/(11²·12) = 5.25/1452 = 0.0036157
    // var = 0.25·0.0036157 + 0.25·0.0036157 = 0.00180785; sd = 0.0425188; z·sd = 0.054492
    // interval = [0.954545 − 0.054492, 0.954545 + 0.054492] = [0.900053, 1.009037] → top clipped to 1.
    expect(r.interval.mean).toBeCloseTo(0.954545, 6);
    expect(r.interval.low).toBeCloseTo(0.900053, 5);
    expect(r.interval.high).toBe(1);
    expect(r.estimate).toBe(1);
    expect(r.verdict).toBe('ready');
    // Both means equal and both weights equal: the lower id.
    expect(r.weakest).toBe(1);
  });

  it('not-yet: 3 of 10 right in each domain', () => {
    const three = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const r = readiness({ history: [entry('a', 1, { ...answers(1, three), ...answers(2, three) })], bank: evenBank, domains: even, passLine: 0.7 });
    // Each domain Beta(3.5, 7.5): mean 3.5/11 = 0.318182, var = 3.5·7.5/(11²·12) = 26.25/1452 = 0.0180785
    // var = 2 · 0.25 · 0.0180785 = 0.00903926; sd = 0.095075; z·sd = 0.121848
    // interval = [0.196334, 0.440030]: its top is under 0.7.
    expect(r.estimate).toBeCloseTo(0.3, 9);
    expect(r.interval.low).toBeCloseTo(0.196334, 5);
    expect(r.interval.high).toBeCloseTo(0.44003, 5);
    expect(r.verdict).toBe('not-yet');
  });

  it('not-enough: under half the bank answered, however well', () => {
    // 9 of 20 answered, all right: 2 · 9 = 18 < 20.
    const r = readiness({
      history: [entry('a', 1, { ...answers(1, Array(5).fill(1)), ...answers(2, Array(4).fill(1)) })],
      bank: evenBank,
      domains: even,
      passLine: 0.7,
    });
    expect(r.coverage).toEqual({ answered: 9, bankSize: 20, share: 0.45, thin: [] });
    expect(r.verdict).toBe('not-enough');
    // Exactly half (10 of 20) is enough: D1 Beta(5.5, 0.5) mean 5.5/6 = 0.916667, var = 2.75/(36·7) = 0.0109127;
    // D2 the same; var = 0.5·0.0109127 = 0.00545635, sd = 0.073867, z·sd = 0.094668 → low 0.821999 > 0.7.
    const half = readiness({
      history: [entry('a', 1, { ...answers(1, Array(5).fill(1)), ...answers(2, Array(5).fill(1)) })],
      bank: evenBank,
      domains: even,
      passLine: 0.7,
    });
    expect(half.interval.low).toBeCloseTo(0.821999, 5);
    expect(half.verdict).toBe('ready');
  });

  it('not-enough: a domain without any answer, and it is the weakest then', () => {
    // All 10 of D1 right (half the bank), none of D2.
    const r = readiness({ history: [entry('a', 1, answers(1, Array(10).fill(1)))], bank: evenBank, domains: even, passLine: 0.7 });
    expect(r.verdict).toBe('not-enough');
    expect(r.coverage.thin).toEqual([2]);
    // Estimate over D1 alone: 10/10 = 1.
    expect(r.estimate).toBe(1);
    // D2 is Beta(0.5, 0.5): mean 0.5, variance 0.5·0.5/(1²·2) = 0.125.
    expect(r.domains[1]).toMatchObject({ mean: 0.5, variance: 0.125, answered: 0 });
    // mean = 0.5·0.954545 + 0.5·0.5 = 0.727273
    expect(r.interval.mean).toBeCloseTo(0.727273, 6);
    expect(r.weakest).toBe(2);
  });
});

describe('readiness details', () => {
  it('lists thin domains and breaks a tie on the weakest by the heavier weight', () => {
    // D1 20-30 (mid 25), D2 30-40 (mid 35), D3 35-45 (mid 40): sum 100.
    const domains: ExamDomain[] = [
      { id: 1, weight: { min: 20, max: 30 } },
      { id: 2, weight: { min: 30, max: 40 } },
      { id: 3, weight: { min: 35, max: 45 } },
    ];
    const bank = bankOf({ 1: 4, 2: 4, 3: 4 });
    // D1: [1, 0] → mean (1 + 0.5)/3 = 0.5.  D2: [1, 0, 0.5] → mean (1.5 + 0.5)/4 = 0.5.  D3: [1, 1, 1] → 3.5/4.
    const r = readiness({
      history: [entry('a', 1, { ...answers(1, [1, 0]), ...answers(2, [1, 0, 0.5]), ...answers(3, [1, 1, 1]) })],
      bank,
      domains,
      passLine: 0.7,
    });
    expect(r.domains.map((d) => d.weight)).toEqual([0.25, 0.35, 0.4]);
    expect(r.coverage.thin).toEqual([1]);
    // D1 and D2 tie at 0.5; D2 weighs more.
    expect(r.weakest).toBe(2);
  });

  it('reads nothing from an empty history', () => {
    const r = readiness({ history: [], bank: evenBank, domains: even, passLine: 0.7 });
    expect(r.estimate).toBeNull();
    expect(r.verdict).toBe('not-enough');
    // Both Beta(0.5, 0.5): mean 0.5, var = 0.25·0.125 + 0.25·0.125 = 0.0625, sd 0.25, z·sd = 0.3204.
    expect(r.interval.low).toBeCloseTo(0.1796, 9);
    expect(r.interval.high).toBeCloseTo(0.8204, 9);
  });

  it('reads 10,000 answers, each question once (its time is measured by npm run bench)', () => {
    const r = readiness(readinessWorkload(10_000));
    expect(r.coverage.answered).toBe(10_000);
  });
});
