import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    ['evidence-missing-key', 'question "d6-search" › field "evidence": needs at least one entry with for "key"'],
    ['evidence-long-quote', 'question "d6-search" › field "evidence[0].quote": must be at most 300 characters'],
    ['evidence-off-learn', 'question "d6-search" › field "evidence[0].url": must be an https://learn.microsoft.com/ page'],
    ['evidence-bad-for', `question "d6-search" › field "evidence[1].for": "c" is neither "key" nor the id of one of this question's options (a, b)`],
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

  it('accepts the real banks', () => {
    expect(checkFile('content/quiz/ai-102.json', bankSchema).problems).toEqual([]);
    expect(checkFile('content/quiz/ai-103.json', bankSchema).problems).toEqual([]);
  });
});

describe('evidence and feature status', () => {
  const base = () => JSON.parse(readFileSync(fixture('evidence-off-learn'), 'utf8')) as { questions: Record<string, unknown>[] };
  const issues = (bank: unknown) => {
    const r = bankSchema.safeParse(bank);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('requires evidence and featureStatus on every question', () => {
    const bank = base();
    delete bank.questions[0]!.evidence;
    delete bank.questions[0]!.featureStatus;
    expect(issues(bank)).toEqual([
      'questions.0.evidence: needs at least one entry with for "key"',
      'questions.0.featureStatus: is required: { status: "ga" or "preview", quote, url, accessed }',
    ]);
  });

  it('accepts statement and blank ids in for, and an optional recheckBy date', () => {
    const bank = JSON.parse(readFileSync(fixture('yesno-unanswered'), 'utf8')) as { questions: Record<string, unknown>[] };
    const q = bank.questions[0]! as { statements: { id: string; answer?: boolean }[]; evidence: Record<string, string>[] };
    q.statements.forEach((s) => (s.answer ??= false));
    q.evidence.push({ ...q.evidence[0]!, for: q.statements[1]!.id });
    expect(issues(bank)).toEqual([]);
    expect(issues({ ...bank, questions: [{ ...q, recheckBy: '2027-06-01' }] })).toEqual([]);
    expect(issues({ ...bank, questions: [{ ...q, recheckBy: 'June 2027' }] })).toEqual(['questions.0.recheckBy: must be a date written YYYY-MM-DD']);
  });

  it('refuses a featureStatus other than ga or preview', () => {
    const bank = base();
    (bank.questions[0]!.evidence as { url: string }[])[0]!.url = 'https://learn.microsoft.com/en-us/azure/search/';
    (bank.questions[0]!.featureStatus as { status: string }).status = 'beta';
    expect(issues(bank)).toEqual([expect.stringMatching(/^questions\.0\.featureStatus\.status: /)]);
  });
});
