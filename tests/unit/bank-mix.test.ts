import { describe, expect, it } from 'vitest';
import { readData } from '../../src/schemas/check';
import { bankSchema } from '../../src/quiz/bank-schema';
import { examSchema } from '../../src/schemas/exam';

// Every bank in content/quiz/, each against its own exam profile. Written out, so a bank that goes
// missing fails here instead of being skipped.
describe.each(['ai-102', 'ai-103'])('the free %s bank', (examId) => {
  const bank = bankSchema.parse(readData(`content/quiz/${examId}.json`));
  const exam = examSchema.parse(readData(`content/exams/${examId}.yaml`));
  const count = (pred: (q: (typeof bank.questions)[number]) => boolean) => bank.questions.filter(pred).length;

  it('has the 35 questions the domain shares below are planned for (the pages count the bank itself)', () => {
    expect(bank.questions).toHaveLength(35);
  });

  it.each(exam.domains.map((d) => [d.id, d] as const))('domain %i holds its official share, within one question', (_, d) => {
    const n = bank.questions.length;
    const got = count((q) => q.domain === d.id);
    expect(got).toBeGreaterThanOrEqual(Math.ceil((d.weight.min / 100) * n) - 1);
    expect(got).toBeLessThanOrEqual(Math.floor((d.weight.max / 100) * n) + 1);
  });

  it('mixes the exam question types', () => {
    expect(count((q) => q.type === 'multi')).toBeGreaterThanOrEqual(4);
    expect(count((q) => q.type === 'order')).toBeGreaterThanOrEqual(3);
    expect(count((q) => q.type === 'yesno')).toBeGreaterThanOrEqual(3);
    expect(count((q) => q.type === 'dropdown' && q.language === 'python')).toBeGreaterThanOrEqual(2);
    // Single choice is the most common type on the exam, but not the whole of it: between 40% and 70%.
    const singles = count((q) => q.type === 'single');
    expect(singles).toBeGreaterThanOrEqual(Math.ceil(0.4 * bank.questions.length));
    expect(singles).toBeLessThanOrEqual(Math.floor(0.7 * bank.questions.length));
  });

  it('tests preview features in at most a third of its questions', () => {
    const preview = bank.questions.filter((q) => q.featureStatus.status === 'preview').map((q) => q.id);
    expect(preview.length, `preview: ${preview.join(', ')}`).toBeLessThanOrEqual(bank.questions.length / 3);
  });

  it('has one case study with two or three questions', () => {
    expect(bank.caseStudies).toHaveLength(1);
    const n = count((q) => q.caseStudy === bank.caseStudies[0]!.id);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(3);
  });

  it('spreads the correct answers of single-choice questions over the positions', () => {
    const positions = new Map<number, number>();
    const singles = bank.questions.filter((q) => q.type === 'single');
    for (const q of singles) {
      const at = q.options.findIndex((o) => o.id === q.answer);
      positions.set(at, (positions.get(at) ?? 0) + 1);
    }
    expect([...positions.keys()].sort()).toEqual([0, 1, 2, 3]);
    for (const n of positions.values()) expect(n / singles.length).toBeLessThanOrEqual(0.35);
  });

  it('tags a question with an AI-103 domain only where AI-103 has that domain (or null: no longer covered)', () => {
    // AI-103's five domains, written out here rather than read from the profile the page uses.
    const ai103Domains = [1, 2, 3, 4, 5];
    for (const q of bank.questions) {
      if (q.successorDomain === undefined || q.successorDomain === null) continue;
      expect(ai103Domains, q.id).toContain(q.successorDomain);
    }
  });

  it('was checked recently, against Microsoft Learn', () => {
    // Recently: not in the future, and within the last year. Past that, Learn has moved on: re-check the bank.
    const YEAR = 365 * 24 * 60 * 60 * 1000;
    for (const q of bank.questions) {
      expect(Date.parse(q.checked), q.id).toBeLessThanOrEqual(Date.now());
      expect(Date.parse(q.checked), q.id).toBeGreaterThan(Date.now() - YEAR);
      for (const r of q.references) expect(r.url, q.id).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\//);
    }
  });
});
