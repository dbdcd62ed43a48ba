import { describe, expect, it } from 'vitest';
import { known, plan, PHRASE_FACTOR, subsets } from '../../src/scripts/search-query';

// A small index vocabulary, most frequent first, and synonym groups as content/search.yaml gives them.
const vocabulary = [
  'the',
  'exam',
  'from',
  'salary',
  'salaries',
  'score',
  'passing',
  'pass',
  'remote',
  'regions',
  'cost',
  'price',
  'fee',
  'path',
  'wage',
  'renewal',
];
const synonyms = [
  ['salary', 'pay', 'wage'],
  ['score', 'mark'],
  ['cost', 'price', 'fee'],
  ['work from home', 'remote'],
];

describe('words the index knows', () => {
  const vocab = new Set(vocabulary);
  it('counts an index word, the start of one, and one with an ending added', () => {
    expect(known('salary', vocab)).toBe(true);
    expect(known('sal', vocab)).toBe(true);
    expect(known('wages', vocab)).toBe(true);
  });
  it('does not count a word the index lacks, nor a typo', () => {
    expect(known('rupees', vocab)).toBe(false);
    expect(known('sallary', vocab)).toBe(false);
  });
  it('keeps numbers, which the vocabulary does not list', () => {
    expect(known('429', vocab)).toBe(true);
  });
});

describe('the searches for a query', () => {
  it('leaves out stop words, which never block a result', () => {
    expect(plan('what is the passing score', vocabulary, []).variants[0]).toEqual({ terms: ['passing', 'score'], tier: 0, factor: 1 });
    expect(plan('how many questions do I get', ['questions'], []).variants[0]!.terms).toEqual(['questions']);
  });

  it('leaves out a word the index lacks and says what it searched', () => {
    expect(plan('exam cost in rupees', vocabulary, [])).toEqual({ variants: [{ terms: ['exam', 'cost'], tier: 0, factor: 1 }], changed: 'exam cost' });
  });

  it('fixes a typo with the closest index word', () => {
    expect(plan('sallary', vocabulary, [])).toEqual({ variants: [{ terms: ['salary'], tier: 0, factor: 1 }], changed: 'salary' });
  });

  it('changes nothing for a query the index knows', () => {
    expect(plan('passing score', vocabulary, []).changed).toBeNull();
  });

  it('searches each synonym too, in a tier below the word as typed', () => {
    expect(plan('exam fee', vocabulary, synonyms).variants).toEqual([
      { terms: ['exam', 'fee'], tier: 0, factor: 1 },
      { terms: ['exam', 'cost'], tier: 1, factor: 1 },
      { terms: ['exam', 'price'], tier: 1, factor: 1 },
    ]);
  });

  it('swaps a phrase for a word and back, and combines swaps', () => {
    const terms = plan('work from home pay', vocabulary, synonyms).variants.map((v) => v.terms.join(' '));
    expect(terms).toContain('remote pay');
    expect(terms).toContain('work home salary');
    expect(terms).toContain('remote salary');
    expect(plan('remote', vocabulary, synonyms).variants).toEqual([
      { terms: ['remote'], tier: 0, factor: 1 },
      // A phrase's words may lie anywhere in a section: the swap stays in the tier, for less.
      { terms: ['work', 'home'], tier: 0, factor: PHRASE_FACTOR },
    ]);
  });
});

describe('parts of a query', () => {
  it('lists the largest parts first', () => {
    expect(subsets(['exam', 'duration', 'ai-102'])).toEqual([
      [
        ['exam', 'duration'],
        ['exam', 'ai-102'],
        ['duration', 'ai-102'],
      ],
      [['exam'], ['duration'], ['ai-102']],
    ]);
    expect(subsets(['salary'])).toEqual([]);
  });
});
