import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, checkFile, formatProblem } from '../../src/schemas/check';
import { bankSchema } from '../../src/quiz/bank-schema';

const fixture = (name: string) => `tests/fixtures/quiz/${name}.json`;
const problemsOf = (name: string) => checkFile(fixture(name), bankSchema).problems.map(formatProblem);

describe('each bank rule fails with the question id and the field', () => {
  const cases: [string, string][] = [
    ['duplicate-id', 'entry "duplicate-id" › question "d6-search" › field "id": "d6-search" is already used by question 1'],
    ['single-answer-not-an-option', 'question "d6-search" › field "answer": "c" is not an option id (a, b)'],
    ['multi-choose-mismatch', 'question "d6-multi" › field "answer": has 1 correct options but the question says choose 2'],
    ['order-repeated-item', 'question "d6-order" › field "answer": lists the same item twice'],
    ['yesno-unanswered', 'question "d6-yesno" › field "statements[1].answer": every statement needs answer: true or false'],
    ['dropdown-answer-not-a-choice', 'question "d6-code" › field "blanks[0].answer": "IndexClient" is not one of its choices'],
    ['duplicate-option-text', 'question "d6-search" › field "options": two options have the same text "azure ai search"'],
    ['unknown-case-study', 'question "d6-search" › field "caseStudy": "cs-nowhere" is not in caseStudies'],
    ['http-reference', 'question "d6-search" › field "references[0].url": must be an https://learn.microsoft.com/ page'],
  ];
  it.each(cases)('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(`${fixture(name)} › ${expected.startsWith('entry') ? expected : `entry "${name}" › ${expected}`}`);
  });

  it('unknown-domain: a domain the exam profile does not have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ai102-bank-'));
    try {
      cpSync('content', dir, { recursive: true });
      cpSync(fixture('unknown-domain'), join(dir, 'quiz/ai-102.json'));
      // The change log names questions of the real bank, which this small bank does not hold.
      rmSync(join(dir, 'changelog.yaml'));
      const problems = checkContent(dir).map(formatProblem);
      expect(problems).toEqual([
        `${join(dir, 'quiz/ai-102.json')} › entry "ai-102" › question "d6-search" › field "domain": 9 is not a domain of AI-102 (1, 2, 3, 4, 5, 6)`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts the real bank', () => {
    expect(checkFile('content/quiz/ai-102.json', bankSchema).problems).toEqual([]);
  });
});
