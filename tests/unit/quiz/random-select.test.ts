import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle, shuffleWithPins } from '../../../src/quiz/random';
import { selectQuestions } from '../../../src/quiz/select';
import { realBank, syntheticBank } from './fixtures';

describe('seeded shuffle', () => {
  it('replays the same order from the same seed and differs between seeds', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, seededRandom(42))).toEqual(shuffle(items, seededRandom(42)));
    expect(shuffle(items, seededRandom(42))).not.toEqual(shuffle(items, seededRandom(43)));
    expect(shuffle(items, seededRandom(7)).sort((a, b) => a - b)).toEqual(items);
  });

  it('leaves the input untouched', () => {
    const items = [1, 2, 3];
    shuffle(items, seededRandom(1));
    expect(items).toEqual([1, 2, 3]);
  });

  it('moves every item to every position over many seeds (no bias towards the start)', () => {
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    for (let seed = 0; seed < 4000; seed++) shuffle([0, 1, 2, 3], seededRandom(seed)).forEach((v, pos) => counts[v]![pos]!++);
    for (const row of counts) for (const n of row) expect(n).toBeGreaterThan(800);
  });

  it('keeps pinned items in place', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'none', pinned: true }];
    for (let seed = 0; seed < 50; seed++) expect(shuffleWithPins(items, seededRandom(seed))[3]!.id).toBe('none');
  });
});

describe('choosing questions', () => {
  const random = () => seededRandom(5);

  it('takes the whole pool for "all" and a sample otherwise, without repeats', () => {
    expect(selectQuestions(realBank.questions, { size: 'all' }, random())).toHaveLength(35);
    const ten = selectQuestions(realBank.questions, { size: 10 }, random());
    expect(ten).toHaveLength(10);
    expect(new Set(ten.map((q) => q.id)).size).toBe(10);
  });

  it('samples every domain in a 10-question quiz, in proportion', () => {
    for (let seed = 0; seed < 20; seed++) {
      const picked = selectQuestions(realBank.questions, { size: 10 }, seededRandom(seed));
      const per = (d: number) => picked.filter((q) => q.domain === d).length;
      expect(per(1)).toBeGreaterThanOrEqual(2);
      expect(new Set(picked.map((q) => q.domain)).size).toBeGreaterThanOrEqual(5);
    }
  });

  it('drills only the chosen domains', () => {
    const picked = selectQuestions(realBank.questions, { size: 'all', domains: [3, 4] }, random());
    expect(picked.length).toBe(8);
    expect(picked.every((q) => q.domain === 3 || q.domain === 4)).toBe(true);
  });

  it('retries exactly the given questions', () => {
    const ids = ['d1-prompt-shields-attacks', 'd5-ssml-style-degree', 'd6-hybrid-search-rrf'];
    expect(
      selectQuestions(realBank.questions, { size: 'all', ids }, random())
        .map((q) => q.id)
        .sort(),
    ).toEqual(ids.sort());
  });

  it('keeps a case study together and in its authored order', () => {
    const authored = realBank.questions.filter((q) => q.caseStudy).map((q) => q.id);
    for (let seed = 0; seed < 30; seed++) {
      const ids = selectQuestions(realBank.questions, { size: 'all' }, seededRandom(seed)).map((q) => q.id);
      const at = ids.indexOf(authored[0]!);
      expect(ids.slice(at, at + authored.length)).toEqual(authored);
    }
  });

  it('copes with a pool smaller than the size asked for, and with an empty one', () => {
    expect(selectQuestions(realBank.questions, { size: 20, domains: [3] }, random())).toHaveLength(3);
    expect(selectQuestions(realBank.questions, { size: 20, domains: [9] }, random())).toHaveLength(0);
  });

  it('does not care how large the bank is', () => {
    const big = syntheticBank(10_000);
    const picked = selectQuestions(big.questions, { size: 20 }, random());
    expect(picked).toHaveLength(20);
    expect(new Set(picked.map((q) => q.domain)).size).toBe(6);
  });
});

describe('a review', () => {
  it('asks the given questions in the order given (most overdue first), unshuffled', () => {
    const ids = ['d6-hybrid-search-rrf', 'd1-invoice-service-choice', 'gone-from-bank', 'd3-function-tool-execution'];
    const picked = selectQuestions(realBank.questions, { size: 'all', ids, inOrder: true }, seededRandom(1));
    expect(picked.map((q) => q.id)).toEqual(['d6-hybrid-search-rrf', 'd1-invoice-service-choice', 'd3-function-tool-execution']);
  });
});
