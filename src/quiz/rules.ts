/*
 * The numbers and words a quiz takes from its exam's profile (content/exams/<exam>.yaml), computed once,
 * at build, by the quiz page and passed to the island in its props:
 *
 * - the pass line: passingScore.score of passingScore.max, as a percentage of points (700 of 1000: 70%);
 * - the time an exam simulation allows per question: duration.minutes over questionCount. The count is
 *   a range (40-60), so the time is that of its midpoint (100 minutes over 50 questions: 120 seconds).
 *   When the duration is `not-confirmed` (no value), the simulation falls back to FALLBACK_SECONDS_PER_QUESTION
 *   and says that this is a rule of thumb, not the exam's figure;
 * - how the real exam's pass mark is worded: in the present tense while it can be booked (active, retiring),
 *   in the past tense once it is retired.
 */
import type { Exam } from '../schemas/exam';

/** Two minutes a question: a common rule of thumb for Microsoft's exams, used only when the duration is unknown. */
export const FALLBACK_SECONDS_PER_QUESTION = 120;

export interface QuizRules {
  /** Percentage of points at or over which a judged attempt passes. */
  passPercent: number;
  /** Seconds an exam simulation allows per question. */
  secondsPerQuestion: number;
  /** True when secondsPerQuestion is the fallback, because the exam's duration is not confirmed. */
  timingIsFallback: boolean;
  /** The real exam's pass mark, in words, after "The pass line here is N%, an approximation: ". */
  passMark: string;
  /** Where the time per question comes from, in words, after "2 minutes a question; ". */
  timing: string;
}

type Profile = Pick<Exam, 'code' | 'passingScore' | 'duration' | 'questionCount'> & { status: Pick<Exam['status'], 'state'> };

export function quizRules(exam: Profile): QuizRules {
  const { score, max, scaled } = exam.passingScore;
  const passPercent = Math.round((score / max) * 1000) / 10;
  const minutes = exam.duration.certainty === 'not-confirmed' ? undefined : exam.duration.minutes;
  const questions = (exam.questionCount.min + exam.questionCount.max) / 2;
  const secondsPerQuestion = minutes ? Math.round((minutes * 60) / questions) : FALLBACK_SECONDS_PER_QUESTION;
  const past = exam.status.state === 'retired';
  const passMark = scaled
    ? past
      ? `the real exam reported a scaled score where ${score} of ${max} passed, and it did not weigh every question the same`
      : `the real exam reports a scaled score where ${score} of ${max} passes, and it does not weigh every question the same`
    : past
      ? `the real exam passed at ${score} of ${max} points`
      : `the real exam passes at ${score} of ${max} points`;
  const { min, max: most } = exam.questionCount;
  const count = min === most ? `${min}` : `${min} to ${most}`;
  const timing = minutes
    ? `${exam.code} ${past ? 'allowed' : 'allows'} ${minutes} minutes for ${count} questions`
    : `a rule of thumb: ${exam.code}'s length is not confirmed`;
  return { passPercent, secondsPerQuestion, timingIsFallback: !minutes, passMark, timing };
}
