import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../src/quiz/verdict';
import { FALLBACK_SECONDS_PER_QUESTION, quizRules } from '../../../src/quiz/rules';
import { examSchema } from '../../../src/schemas/exam';
import { readData } from '../../../src/schemas/check';

describe('a verdict', () => {
  it('has one kind, symbol and wording whatever screen shows it', () => {
    expect(verdictOf(1, true)).toEqual({ kind: 'right', symbol: '✓', words: 'Correct' });
    expect(verdictOf(0, true)).toEqual({ kind: 'wrong', symbol: '✗', words: 'Incorrect' });
    expect(verdictOf(0, false)).toEqual({ kind: 'wrong', symbol: '✗', words: 'Not answered' });
    expect(verdictOf(2 / 3, true)).toEqual({ kind: 'partly', symbol: '◐', words: 'Partly correct (67%)' });
  });
});

const profile = (over: Record<string, unknown>) => ({
  code: 'AI-900',
  status: { state: 'active' as const },
  passingScore: { score: 700, max: 1000, scaled: true, certainty: 'official' as const, sources: [] },
  duration: { minutes: 100, certainty: 'official' as const },
  questionCount: { min: 40, max: 60, certainty: 'official' as const, sources: [] },
  ...over,
});

describe('the quiz rules from an exam profile', () => {
  it('gives AI-103 a 70% line, 2 minutes 24 seconds a question, and speaks of the exam in the present', () => {
    const rules = quizRules(examSchema.parse(readData('content/exams/ai-103.yaml')));
    // 700 of 1000 is a 70% line; 120 minutes over the middle of 40 to 60 questions: 7,200 s / 50 = 144 s.
    expect(rules).toMatchObject({ passPercent: 70, secondsPerQuestion: 144, timingIsFallback: false });
    expect(rules.passMark).toBe('the real exam reports a scaled score where 700 of 1000 passes, and it does not weigh every question the same');
    expect(rules.timing).toBe('AI-103 allows 120 minutes for 40 to 60 questions');
  });

  it('speaks of a retired exam in the past tense', () => {
    const rules = quizRules(profile({ status: { state: 'retired' } }) as never);
    expect(rules.passMark).toBe('the real exam reported a scaled score where 700 of 1000 passed, and it did not weigh every question the same');
    expect(rules.timing).toBe('AI-900 allowed 100 minutes for 40 to 60 questions');
  });

  it('follows another pass mark and duration: 800 of 1000 in 45 minutes for 30 questions', () => {
    const rules = quizRules(
      profile({
        passingScore: { score: 800, max: 1000, scaled: false, certainty: 'official', sources: [] },
        duration: { minutes: 45, certainty: 'official' },
        questionCount: { min: 30, max: 30, certainty: 'official', sources: [] },
      }) as never,
    );
    expect(rules).toMatchObject({
      passPercent: 80,
      secondsPerQuestion: 90,
      passMark: 'the real exam passes at 800 of 1000 points',
      timing: 'AI-900 allows 45 minutes for 30 questions',
    });
  });

  it('falls back to two minutes a question, and says so, when the duration is not confirmed', () => {
    const rules = quizRules(profile({ duration: { certainty: 'not-confirmed', note: 'unknown' } }) as never);
    expect(FALLBACK_SECONDS_PER_QUESTION).toBe(120);
    expect(rules).toMatchObject({ secondsPerQuestion: 120, timingIsFallback: true, timing: "a rule of thumb: AI-900's length is not confirmed" });
  });
});
