/*
 * Saved quiz data is versioned: { v, attempt } and { v, entries }. Anything that is not ours, is
 * damaged, or comes from a version we cannot migrate loads as "nothing saved" plus a reason the
 * page can show. Loading never throws: a bad save must never cost the learner a blank page.
 */
import type { Attempt } from './attempt';
import type { Question } from './bank-schema';
import type { HistoryEntry } from './history';
import { fitsQuestion } from './responses';

export const ATTEMPT_KEY = 'ai102-quiz:attempt';
export const HISTORY_KEY = 'ai102-quiz:history';
export const SAVE_VERSION = 1;

export type LoadProblem = 'corrupt' | 'foreign' | 'old' | 'newer' | 'outdated';

export interface Loaded<T> {
  value: T;
  problem: LoadProblem | null;
}

/** Upgrades from older save versions, keyed by the version they read. None yet: v1 is the first. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

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

export function isAttempt(x: unknown): x is Attempt {
  if (!isObject(x)) return false;
  const a = x;
  return (
    typeof a.id === 'string' &&
    typeof a.exam === 'string' &&
    (a.mode === 'practice' || a.mode === 'exam') &&
    typeof a.seed === 'number' &&
    isStrings(a.questionIds) &&
    a.questionIds.length > 0 &&
    new Set(a.questionIds).size === a.questionIds.length &&
    isObject(a.optionOrder) &&
    Object.values(a.optionOrder).every(isStrings) &&
    typeof a.index === 'number' &&
    Number.isInteger(a.index) &&
    isObject(a.responses) &&
    isStrings(a.checked) &&
    isStrings(a.flagged) &&
    isTime(a.startedAt) &&
    (a.deadline === null || isTime(a.deadline)) &&
    (a.mode === 'exam') === (a.deadline !== null) &&
    (a.finishedAt === null || isTime(a.finishedAt)) &&
    (a.phase === 'answering' || a.phase === 'review' || a.phase === 'done') &&
    typeof a.timedOut === 'boolean' &&
    (a.domains === null || (Array.isArray(a.domains) && a.domains.every((d) => Number.isInteger(d)))) &&
    typeof a.retry === 'boolean'
  );
}

export function encodeAttempt(attempt: Attempt | null): string | undefined {
  return attempt ? JSON.stringify({ v: SAVE_VERSION, attempt }) : undefined;
}

export function decodeAttempt(raw: string | null | undefined): Loaded<Attempt | null> {
  const { payload, problem } = unwrap(raw);
  if (!payload) return { value: null, problem };
  if (payload.attempt === null) return { value: null, problem: null };
  return isAttempt(payload.attempt) ? { value: payload.attempt, problem: null } : { value: null, problem: 'corrupt' };
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

function isHistoryEntry(x: unknown): x is HistoryEntry {
  if (!isObject(x)) return false;
  return (
    typeof x.id === 'string' &&
    isTime(x.finishedAt) &&
    (x.mode === 'practice' || x.mode === 'exam') &&
    typeof x.percent === 'number' &&
    x.percent >= 0 &&
    x.percent <= 100 &&
    typeof x.passed === 'boolean' &&
    typeof x.earned === 'number' &&
    typeof x.possible === 'number' &&
    isTime(x.durationMs) &&
    isStrings(x.missed) &&
    typeof x.timedOut === 'boolean' &&
    Array.isArray(x.domains) &&
    x.domains.every((d) => isObject(d) && Number.isInteger(d.domain) && typeof d.percent === 'number')
  );
}

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
