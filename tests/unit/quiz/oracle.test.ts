import { describe, expect, it } from 'vitest';
import { scoreAttempt } from '../../../src/quiz/scoring';
import { readOracle } from '../../fixtures/oracle/oracle';
import { realBank } from './fixtures';

const oracle = readOracle('practice-all');
const byId = new Map(realBank.questions.map((q) => [q.id, q]));

describe('the hand-written oracle', () => {
  it('covers every question of the bank once, with points that add up to its total', () => {
    expect(oracle.questions.map((q) => q.id).sort()).toEqual(realBank.questions.map((q) => q.id).sort());
    expect(oracle.questions.reduce((s, q) => s + q.points, 0)).toBeCloseTo(oracle.total, 9);
    expect(oracle.possible).toBe(realBank.questions.length);
  });

  it('agrees with the scoring code on each question and on the total', () => {
    const responses = Object.fromEntries(oracle.questions.map((q) => [q.id, q.response]));
    const score = scoreAttempt(realBank.questions, responses, 70);
    for (const q of oracle.questions) expect(score.perQuestion[q.id], q.id).toBeCloseTo(q.points, 9);
    expect(`${score.percent}%`).toBe(oracle.percent);
    expect(score.passed).toBe(oracle.passed);
    expect(byId.size).toBe(oracle.possible);
  });
});
