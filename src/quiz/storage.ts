/*
 * Saved quiz data is versioned: { v, attempt } and { v, entries }. Anything that is not ours, is
 * damaged, or comes from a version we cannot migrate loads as "nothing saved" plus a reason the
 * page can show. Loading never throws: a bad save must never cost the learner a blank page.
 */
import type { Attempt } from './attempt';
import type { Question } from './bank-schema';
import type { HistoryEntry } from './record';
import { fitsQuestion } from './responses';

// The localStorage keys are per exam: see storage-keys.ts.
export const SAVE_VERSION = 1;

/** 'newer' data is kept as it is, never overwritten by this version. */
export type LoadProblem = 'corrupt' | 'foreign' | 'old' | 'newer' | 'outdated';

export interface Loaded<T> {
  value: T;
  problem: LoadProblem | null;
}

/** Upgrades from older save versions, keyed by the version they read. None yet: v1 is the first. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

type Check = (v: unknown) => boolean;
const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStrings: Check = (x) => Array.isArray(x) && x.every((s) => typeof s === 'string');
/** A time a Date can show: 8.64e15 ms is the last valid Date, so nothing larger reaches the screen. */
const isTime: Check = (x) => typeof x === 'number' && x >= 0 && x <= 8.64e15;
const isCount: Check = (x) => typeof x === 'number' && x >= 0 && x <= 1e6;
/** A year in ms: no attempt lasts longer; a saved duration beyond it was tampered with. */
const YEAR_MS = 366 * 86_400_000;
const is =
  (type: string): Check =>
  (x) =>
    typeof x === type;
const oneOf =
  (...values: unknown[]): Check =>
  (x) =>
    values.includes(x);
const orNull =
  (check: Check): Check =>
  (x) =>
    x === null || check(x);
/** A small shape checker: every key of the spec must pass its check. */
const shape =
  (spec: Record<string, Check>): Check =>
  (x) =>
    isObject(x) && Object.keys(spec).every((k) => spec[k]!(x[k]));

const attemptShape = shape({
  id: is('string'),
  exam: is('string'),
  mode: oneOf('practice', 'exam'),
  seed: is('number'),
  questionIds: (x) => isStrings(x) && (x as string[]).length > 0 && new Set(x as string[]).size === (x as string[]).length,
  optionOrder: (x) => isObject(x) && Object.values(x).every(isStrings),
  index: Number.isInteger as Check,
  responses: isObject,
  checked: isStrings,
  flagged: isStrings,
  startedAt: isTime,
  deadline: orNull(isTime),
  finishedAt: orNull(isTime),
  phase: oneOf('answering', 'review', 'done'),
  timedOut: is('boolean'),
  domains: orNull((x) => Array.isArray(x) && x.every(Number.isInteger as Check)),
  retry: is('boolean'),
});

const historyShape = shape({
  id: is('string'),
  finishedAt: isTime,
  mode: oneOf('practice', 'exam'),
  percent: (x) => typeof x === 'number' && x >= 0 && x <= 100,
  passed: is('boolean'),
  earned: isCount,
  possible: isCount,
  durationMs: (x) => isTime(x) && (x as number) <= YEAR_MS,
  missed: isStrings,
  timedOut: is('boolean'),
  domains: (x) => Array.isArray(x) && x.every(shape({ domain: Number.isInteger as Check, percent: isCount })),
  // Optional: entries saved before per-question points were kept have none.
  points: (x) => x === undefined || (isObject(x) && Object.values(x).every((p) => typeof p === 'number' && p >= 0 && p <= 1)),
});

/** Parses and version-checks a saved blob, returning its payload or the reason it was dropped. */
function unwrap(raw: string | null | undefined): { payload: Record<string, unknown> | null; problem: LoadProblem | null } {
  if (raw === null || raw === undefined || raw === '') return { payload: null, problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { payload: null, problem: 'corrupt' };
  }
  if (!isObject(data) || typeof data.v !== 'number' || !Number.isInteger(data.v)) return { payload: null, problem: 'foreign' };
  let v = data.v;
  let payload = data;
  while (v < SAVE_VERSION) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { payload: null, problem: 'old' };
    payload = migrate(payload);
    v++;
  }
  if (v > SAVE_VERSION) return { payload: null, problem: 'newer' };
  return { payload, problem: null };
}

/**
 * An exam attempt has a deadline within its questions' time and a practice one has none; an attempt
 * finishes after it starts, within a year. Anything else was tampered with and is dropped with a notice.
 */
export function isAttempt(x: unknown, secondsPerQuestion: number): x is Attempt {
  if (!attemptShape(x)) return false;
  const { mode, startedAt: start, deadline, finishedAt, questionIds } = x as Attempt;
  const within = (t: number | null, span: number) => t !== null && t >= start && t <= start + span;
  return (
    (mode === 'exam' ? within(deadline, questionIds.length * secondsPerQuestion * 1000) : deadline === null) &&
    (finishedAt === null || within(finishedAt, YEAR_MS))
  );
}

export function encodeAttempt(attempt: Attempt | null): string | undefined {
  return attempt ? JSON.stringify({ v: SAVE_VERSION, attempt }) : undefined;
}

/** secondsPerQuestion: the exam's time per question, which bounds a saved exam's deadline. */
export function decodeAttempt(raw: string | null | undefined, secondsPerQuestion: number): Loaded<Attempt | null> {
  const { payload, problem } = unwrap(raw);
  if (!payload) return { value: null, problem };
  if (payload.attempt === null) return { value: null, problem: null };
  return isAttempt(payload.attempt, secondsPerQuestion) ? { value: payload.attempt, problem: null } : { value: null, problem: 'corrupt' };
}

/**
 * Fits a saved attempt to the bank as it is now: questions that left the bank are dropped with
 * their answers, answers that no longer fit their question are cleared, and the position is kept
 * in range. An attempt with nothing left, or for another exam, is dropped as outdated.
 */
export function reconcile(attempt: Attempt, exam: string, byId: ReadonlyMap<string, Question>): Loaded<Attempt | null> {
  if (attempt.exam !== exam) return { value: null, problem: 'outdated' };
  const questionIds = attempt.questionIds.filter((id) => byId.has(id));
  if (questionIds.length === 0) return { value: null, problem: 'outdated' };
  const keep = new Set(questionIds);
  const responses: Attempt['responses'] = {};
  for (const [id, r] of Object.entries(attempt.responses)) {
    const q = byId.get(id);
    if (q && keep.has(id) && fitsQuestion(q, r)) responses[id] = r;
  }
  const optionOrder: Attempt['optionOrder'] = {};
  for (const id of questionIds) {
    const q = byId.get(id)!;
    if (q.type !== 'single' && q.type !== 'multi' && q.type !== 'order') continue;
    const saved = attempt.optionOrder[id];
    const ids = q.options.map((o) => o.id);
    const fits = saved && saved.length === ids.length && ids.every((o) => saved.includes(o));
    optionOrder[id] = fits ? saved : ids;
  }
  const changed = questionIds.length !== attempt.questionIds.length || Object.keys(responses).length !== Object.keys(attempt.responses).length;
  const value: Attempt = {
    ...attempt,
    questionIds,
    optionOrder,
    responses,
    checked: attempt.checked.filter((id) => keep.has(id)),
    flagged: attempt.flagged.filter((id) => keep.has(id)),
    index: Math.min(Math.max(0, attempt.index), questionIds.length - 1),
  };
  return { value, problem: changed ? 'outdated' : null };
}

export const isHistoryEntry = historyShape as (x: unknown) => x is HistoryEntry;

export function encodeHistory(entries: HistoryEntry[]): string {
  return JSON.stringify({ v: SAVE_VERSION, entries });
}

/** Keeps the valid entries of a saved history; a damaged one is dropped, not the whole list. */
export function decodeHistory(raw: string | null | undefined): Loaded<HistoryEntry[]> {
  const { payload, problem } = unwrap(raw);
  if (!payload) return { value: [], problem };
  if (!Array.isArray(payload.entries)) return { value: [], problem: 'corrupt' };
  const value = payload.entries.filter(isHistoryEntry);
  return { value, problem: value.length === payload.entries.length ? null : 'corrupt' };
}
