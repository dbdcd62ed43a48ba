import { describe, expect, it } from 'vitest';
import { closestWords, distance } from '../../src/scripts/search-typos';
import { pagefindQuery, queryTerms } from '../../src/scripts/search-rank';
import { spaced } from '../../src/integrations/pagefind';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(distance('salary', 'salary')).toBe(0);
    expect(distance('sallary', 'salary')).toBe(1);
    expect(distance('renewl', 'renewal')).toBe(1);
    expect(distance('exma', 'exam')).toBe(1);
    expect(distance('cost', 'coat')).toBe(1);
    expect(distance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest words', () => {
  const vocabulary = ['the', 'exam', 'salary', 'salaries', 'passing', 'score', 'renewal', 'retired'];

  it('replaces each word the index lacks by its nearest index word', () => {
    expect(closestWords('sallary', vocabulary)).toBe('salary');
    expect(closestWords('pasing score', vocabulary)).toBe('passing score');
    expect(closestWords('renewl', vocabulary)).toBe('renewal');
  });

  it('keeps words the index has, and prefixes of them', () => {
    expect(closestWords('exam retir', vocabulary)).toBe('exam retir');
  });

  it('gives up on a word with nothing close, and on short words', () => {
    expect(closestWords('zebra', vocabulary)).toBeNull();
    expect(closestWords('thq', vocabulary)).toBeNull();
  });
});

describe('query words', () => {
  it('drops the words of a question that say nothing about its subject', () => {
    expect(pagefindQuery('How does AI-103 differ from AI-102?')).toBe('ai-103 differ ai-102');
    expect(queryTerms('what is the passing score')).toEqual(['passing', 'score']);
  });

  it('keeps a query made only of such words', () => {
    expect(queryTerms('how')).toEqual(['how']);
  });
});

describe('the copy Pagefind indexes', () => {
  it('separates table cells and list items, and marks rows', () => {
    expect(spaced('<tr><th>AI-102</th><td>Azure</td></tr><li>a</li><li>b</li>')).toBe('<tr><th>AI-102</th> <td>Azure</td> </tr> · <li>a</li> <li>b</li> ');
  });
});
