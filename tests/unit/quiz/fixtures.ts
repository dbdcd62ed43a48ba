import type { HistoryEntry } from '../../../src/quiz/record';
import type { Question } from '../../../src/quiz/bank-schema';
import { bankSchema } from '../../../src/quiz/bank-schema';
import { readData } from '../../../src/schemas/check';

export const realBank = bankSchema.parse(readData('content/quiz/ai-102.json'));

const learn = { url: 'https://learn.microsoft.com/x', accessed: '2026-12-06' };
const common = {
  difficulty: 'easy' as const,
  stem: 's',
  explanation: 'e',
  references: [{ title: 't', url: learn.url }],
  checked: '2026-11-26',
  evidence: [{ for: 'key', quote: 'q', ...learn }],
  featureStatus: { status: 'ga' as const, quote: 'q', ...learn },
};
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: `text ${id}`, feedback: `fb ${id}` }));

export const single: Question = { ...common, id: 'single', domain: 1, type: 'single', options: opts('a', 'b', 'c', 'd'), answer: 'c' };
export const multi: Question = { ...common, id: 'multi', domain: 2, type: 'multi', choose: 2, options: opts('a', 'b', 'c', 'd', 'e'), answer: ['a', 'd'] };
export const order: Question = { ...common, id: 'order', domain: 3, type: 'order', options: opts('a', 'b', 'c', 'd'), answer: ['c', 'a', 'd', 'b'] };
export const yesno: Question = {
  ...common,
  id: 'yesno',
  domain: 4,
  type: 'yesno',
  statements: [
    { id: 's1', text: 'one', answer: true, feedback: 'f' },
    { id: 's2', text: 'two', answer: false, feedback: 'f' },
    { id: 's3', text: 'three', answer: true, feedback: 'f' },
  ],
};
export const dropdown: Question = {
  ...common,
  id: 'dropdown',
  domain: 5,
  type: 'dropdown',
  language: 'python',
  code: 'x = {{b1}}({{b2}})',
  blanks: [
    { id: 'b1', choices: ['A', 'B'], answer: 'A', feedback: 'f' },
    { id: 'b2', choices: ['C', 'D', 'E'], answer: 'E', feedback: 'f' },
  ],
};
export const allTypes = [single, multi, order, yesno, dropdown];

/** A bank of n generated questions over six domains, for scale tests and the benchmark. */
export function syntheticBank(n: number): { exam: string; questions: Question[] } {
  const questions: Question[] = [];
  for (let i = 0; i < n; i++) questions.push({ ...single, id: `q${i}`, domain: (i % 6) + 1 });
  return { exam: 'ai-102', questions };
}

/**
 * Readiness input with `answers` answered questions over six domains: a bank of that size and 20
 * history entries (the history's limit) sharing the answers out. For the unit test and, later, the bench.
 */
export function readinessWorkload(answers: number) {
  const bank = Array.from({ length: answers }, (_, i) => ({ id: `q${i}`, domain: (i % 6) + 1 }));
  const history = Array.from({ length: 20 }, (_, e) => ({
    id: `a${e}`,
    finishedAt: 1_700_000_000_000 + e,
    mode: 'practice' as const,
    percent: 0,
    passed: false,
    earned: 0,
    possible: 0,
    durationMs: 0,
    timedOut: false,
    domains: [],
    missed: [],
    points: Object.fromEntries(bank.filter((_, i) => i % 20 === e).map((q, i) => [q.id, (i % 3) / 2])),
  }));
  const domains = [1, 2, 3, 4, 5, 6].map((id) => ({ id, weight: { min: 10 + id, max: 15 + id } }));
  return { history, bank, domains, passLine: 0.7 };
}

/** A saved history entry as the quiz writes it, with the per-question points it keeps (src/quiz/record.ts). */
export const savedEntry = (id: string, finishedAt: number, points: Record<string, number> | undefined, missed: string[] = [], possible = 1): HistoryEntry => ({
  id,
  finishedAt,
  mode: 'practice',
  percent: 0,
  passed: false,
  earned: 0,
  possible,
  durationMs: 0,
  timedOut: false,
  domains: [],
  missed,
  points,
});
