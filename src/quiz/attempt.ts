/*
 * An attempt as plain data and the pure reducer that moves it on. Nothing here touches the DOM,
 * storage or the clock: time comes in with the actions, so tests replay any scenario exactly.
 */
import type { Question } from './bank-schema';
import { seededRandom, shuffleWithPins } from './random';
import type { Response } from './responses';
import { selectQuestions, type Selection } from './select';
import { examDeadline } from './timer';

export type Mode = 'practice' | 'exam';
export type Phase = 'answering' | 'review' | 'done';

export interface Attempt {
  id: string;
  exam: string;
  mode: Mode;
  seed: number;
  questionIds: string[];
  /** Display order of each question's options (single, multi) or starting order (order). */
  optionOrder: Record<string, string[]>;
  index: number;
  responses: Record<string, Response>;
  /** Practice mode: questions whose answer was checked, and so can no longer change. */
  checked: string[];
  flagged: string[];
  startedAt: number;
  /** Exam mode only: when time runs out. A deadline, not a countdown, so a reload loses nothing. */
  deadline: number | null;
  finishedAt: number | null;
  phase: Phase;
  timedOut: boolean;
  /** Drilled domains, or null for all. */
  domains: number[] | null;
  retry: boolean;
}

export interface StartOptions extends Selection {
  mode: Mode;
  seed: number;
  now: number;
  /** The time an exam simulation allows per question (src/quiz/rules.ts). */
  secondsPerQuestion: number;
}

export class EmptySelectionError extends Error {
  constructor() {
    super('No questions match this selection.');
  }
}

export function startAttempt(bank: { exam: string; questions: readonly Question[] }, options: StartOptions): Attempt {
  const random = seededRandom(options.seed);
  const questions = selectQuestions(bank.questions, options, random);
  if (questions.length === 0) throw new EmptySelectionError();
  const optionOrder: Record<string, string[]> = {};
  for (const q of questions) {
    if (q.type === 'single' || q.type === 'multi' || q.type === 'order') {
      let order = shuffleWithPins(q.options, random).map((o) => o.id);
      // An ordering question must never start out solved.
      if (q.type === 'order' && order.every((id, i) => id === q.answer[i])) order = [...order.slice(1), order[0]!];
      optionOrder[q.id] = order;
    }
  }
  const exam = options.mode === 'exam';
  return {
    id: `${options.now.toString(36)}-${options.seed.toString(36)}`,
    exam: bank.exam,
    mode: options.mode,
    seed: options.seed,
    questionIds: questions.map((q) => q.id),
    optionOrder,
    index: 0,
    responses: {},
    checked: [],
    flagged: [],
    startedAt: options.now,
    deadline: exam ? examDeadline(options.now, questions.length, options.secondsPerQuestion) : null,
    finishedAt: null,
    phase: 'answering',
    timedOut: false,
    domains: options.ids?.length ? null : options.domains?.length ? [...options.domains].sort() : null,
    retry: !!options.ids?.length,
  };
}

export type Action =
  | { type: 'answer'; id: string; response: Response }
  | { type: 'check' }
  | { type: 'go'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'flag'; id: string }
  | { type: 'review' }
  /** answeredOnly: practice's "Finish now" scores the questions answered so far and drops the rest. */
  | { type: 'submit'; now: number; answeredOnly?: boolean }
  | { type: 'tick'; now: number };

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export function currentId(a: Attempt): string {
  return a.questionIds[a.index]!;
}

export function reduce(a: Attempt, action: Action): Attempt {
  if (a.phase === 'done') return a;
  const last = a.questionIds.length - 1;
  switch (action.type) {
    case 'answer': {
      if (!a.questionIds.includes(action.id) || action.response === undefined) return a;
      if (a.mode === 'practice' && a.checked.includes(action.id)) return a;
      return { ...a, responses: { ...a.responses, [action.id]: action.response } };
    }
    case 'check': {
      if (a.mode !== 'practice') return a;
      const id = currentId(a);
      return a.checked.includes(id) ? a : { ...a, checked: [...a.checked, id] };
    }
    case 'go':
      if (!Number.isInteger(action.index) || action.index < 0 || action.index > last) return a;
      return { ...a, index: action.index, phase: 'answering' };
    case 'next':
      return a.index < last ? { ...a, index: a.index + 1 } : a;
    case 'prev':
      return a.index > 0 ? { ...a, index: a.index - 1 } : a;
    case 'flag':
      return a.questionIds.includes(action.id) ? { ...a, flagged: toggle(a.flagged, action.id) } : a;
    case 'review':
      return a.mode === 'exam' ? { ...a, phase: 'review' } : a;
    case 'submit': {
      // A submit that arrives after the deadline (a tab asleep, a slow click) is a time-out all the same.
      if (a.deadline !== null && action.now >= a.deadline) return { ...a, phase: 'done', finishedAt: a.deadline, timedOut: true };
      const finishedAt = Math.max(action.now, a.startedAt);
      if (!action.answeredOnly) return { ...a, phase: 'done', finishedAt };
      // "Finish now": only what was answered is scored.
      const ids = a.questionIds.filter((id) => a.responses[id]);
      return ids.length ? { ...a, questionIds: ids, index: Math.min(a.index, ids.length - 1), phase: 'done', finishedAt } : a;
    }
    case 'tick':
      if (a.deadline === null || action.now < a.deadline) return a;
      return { ...a, phase: 'done', finishedAt: a.deadline, timedOut: true };
  }
}
