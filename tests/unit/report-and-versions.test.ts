import { describe, expect, it } from 'vitest';
import { checkFile, formatProblem, readData } from '../../src/schemas/check';
import { settingsSchema } from '../../src/schemas/settings';
import { bankSchema, type Bank } from '../../src/quiz/bank-schema';
import { reportLink } from '../../src/utils/report-link';
import { bankVersion, questionVersion, renderBank } from '../../src/utils/render-bank';
import { changedQuestions, decodeSeen } from '../../src/quiz/versions';

describe('report link', () => {
  const values = { question: 'd2-vision-local-image', exam: 'ai-102', version: 'abc123' };

  it('fills question id, exam and bank version into a mailto: template, encoded', () => {
    expect(reportLink('mailto:q@example.com?subject=Problem%20with%20{question}&body=Exam%20{exam}%2C%20bank%20{version}', values)).toBe(
      'mailto:q@example.com?subject=Problem%20with%20d2-vision-local-image&body=Exam%20ai-102%2C%20bank%20abc123',
    );
  });

  it('fills an https form URL', () => {
    expect(reportLink('https://forms.example.com/report?q={question}&e={exam}&v={version}', { ...values, question: 'd1-a&b' })).toBe(
      'https://forms.example.com/report?q=d1-a%26b&e=ai-102&v=abc123',
    );
  });

  it('gives no link when the site has no template', () => {
    expect(reportLink(undefined, values)).toBeUndefined();
  });

  it('every question in the real bank JSON carries a report link with its own id', async () => {
    const settings = settingsSchema.parse(readData('content/settings.json'));
    const bank = await renderBank(bankSchema.parse(readData('content/quiz/ai-102.json')), { reportTemplate: settings.reportProblem });
    const q = bank.questions.find((x) => x.id === 'd5-speech-translation-multi-target')!;
    expect(q.reportUrl).toMatch(/^mailto:/);
    expect(q.reportUrl).toContain('d5-speech-translation-multi-target');
    expect(q.reportUrl).toContain(bank.version);
  });

  it.each([
    ['settings/report-javascript.json', 'must start with mailto: or https://'],
    ['settings/report-no-question.json', 'must contain {question}, where the question id goes'],
  ])('rejects an unusable template in %s, naming file, entry and field', (file, message) => {
    const path = `tests/fixtures/content/${file}`;
    expect(checkFile(path, settingsSchema).problems.map(formatProblem)).toEqual([`${path} › entry "${file.slice(9, -5)}" › field "reportProblem": ${message}`]);
  });
});

describe('bank version', () => {
  const bank = bankSchema.parse(readData('content/quiz/ai-102.json')) as Bank;
  const edited = (): Bank => {
    const copy = structuredClone(bank);
    copy.questions[3]!.explanation += ' One more sentence.';
    return copy;
  };

  it('changes when any question changes, and only that question’s version changes', () => {
    const after = edited();
    expect(bankVersion(after)).not.toBe(bankVersion(bank));
    expect(questionVersion(after.questions[3]!, after)).not.toBe(questionVersion(bank.questions[3]!, bank));
    expect(questionVersion(after.questions[4]!, after)).toBe(questionVersion(bank.questions[4]!, bank));
  });

  it('stays the same when nothing changes', () => {
    expect(bankVersion(structuredClone(bank))).toBe(bankVersion(bank));
  });

  it('tells a resumed attempt which of its questions changed since it started', () => {
    const recorded = { 'd1-a': 'v1', 'd2-b': 'v1', 'd3-c': 'v1' };
    const now = { 'd1-a': 'v1', 'd2-b': 'v2', 'd3-c': 'v1', 'd4-new': 'v1' };
    expect(changedQuestions(recorded, now)).toEqual(['d2-b']);
  });

  it('ignores a damaged record instead of failing', () => {
    expect(decodeSeen('{not json')).toBeNull();
    expect(decodeSeen(JSON.stringify({ attempt: 'x', versions: { a: 1 } }))).toBeNull();
    expect(decodeSeen(JSON.stringify({ attempt: 'x', versions: { a: 'v' } }))).toEqual({ attempt: 'x', versions: { a: 'v' } });
  });
});
