import { describe, expect, it } from 'vitest';
import { reduce, startAttempt, type Attempt } from '../../../src/quiz/attempt';
import type { Question } from '../../../src/quiz/bank-schema';
import { seededRandom } from '../../../src/quiz/random';
import { fitsQuestion, type Response } from '../../../src/quiz/responses';
import { scoreAttempt } from '../../../src/quiz/scoring';
import { decodeAttempt, decodeHistory, encodeAttempt, encodeHistory, reconcile, SAVE_VERSION } from '../../../src/quiz/storage';
import { realBank } from './fixtures';

const byId = new Map(realBank.questions.map((q) => [q.id, q]));
const valid = () => {
  let a = startAttempt(realBank, { secondsPerQuestion: 120, mode: 'exam', size: 'all', seed: 11, now: 1_700_000_000_000 });
  const q = byId.get(a.questionIds[0]!)!;
  a = reduce(a, { type: 'answer', id: q.id, response: anyResponse(q) });
  return reduce(reduce(a, { type: 'flag', id: a.questionIds[2]! }), { type: 'next' });
};

function anyResponse(q: Question): Response {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.options[0]!.id };
    case 'multi':
      return { type: 'multi', choices: q.options.slice(0, q.choose).map((o) => o.id) };
    case 'order':
      return { type: 'order', order: q.options.map((o) => o.id) };
    case 'yesno':
      return { type: 'yesno', values: Object.fromEntries(q.statements.map((s) => [s.id, true])) };
    case 'dropdown':
      return { type: 'dropdown', values: Object.fromEntries(q.blanks.map((b) => [b.id, b.choices[0]!])) };
  }
}

/** Loads a saved blob the way the island does, then proves the result can be used. */
function loadAndUse(raw: string | null) {
  const decoded = decodeAttempt(raw, 120);
  let attempt: Attempt | null = decoded.value;
  if (attempt) attempt = reconcile(attempt, realBank.exam, byId).value;
  if (!attempt) {
    attempt = startAttempt(realBank, { secondsPerQuestion: 120, mode: 'practice', size: 10, seed: 1, now: Date.now() });
  }
  // Everything the island reads must exist and make sense.
  const questions = attempt.questionIds.map((id) => byId.get(id)!);
  expect(questions.every(Boolean)).toBe(true);
  expect(attempt.index).toBeGreaterThanOrEqual(0);
  expect(attempt.index).toBeLessThan(questions.length);
  for (const [id, r] of Object.entries(attempt.responses)) expect(fitsQuestion(byId.get(id)!, r)).toBe(true);
  for (const q of questions)
    if (q.type === 'single' || q.type === 'multi' || q.type === 'order')
      expect(attempt.optionOrder[q.id]!.slice().sort()).toEqual(q.options.map((o) => o.id).sort());
  // And the learner can carry on: answer, move, finish, get a score.
  const q = questions[attempt.index]!;
  let next = reduce(attempt, { type: 'answer', id: q.id, response: anyResponse(q) });
  next = reduce(reduce(next, { type: 'next' }), { type: 'submit', now: Date.now() });
  const score = scoreAttempt(questions, next.responses, 70);
  expect(Number.isFinite(score.percent)).toBe(true);
  return decoded.problem;
}

describe('saved attempts', () => {
  it('round-trip through storage', () => {
    const a = valid();
    expect(decodeAttempt(encodeAttempt(a), 120)).toEqual({ value: a, problem: null });
    expect(reconcile(a, realBank.exam, byId)).toEqual({ value: a, problem: null });
  });

  it('treat nothing saved as nothing saved', () => {
    expect(decodeAttempt(null, 120)).toEqual({ value: null, problem: null });
    expect(decodeAttempt(encodeAttempt(null) ?? null, 120)).toEqual({ value: null, problem: null });
  });

  it('name the reason they were dropped', () => {
    expect(decodeAttempt('{oops', 120).problem).toBe('corrupt');
    expect(decodeAttempt('"hello"', 120).problem).toBe('foreign');
    expect(decodeAttempt('{"theme":"dark"}', 120).problem).toBe('foreign');
    expect(decodeAttempt(JSON.stringify({ v: 0, attempt: valid() }), 120).problem).toBe('old');
    expect(decodeAttempt(JSON.stringify({ v: SAVE_VERSION + 1, attempt: valid() }), 120).problem).toBe('newer');
    expect(decodeAttempt(JSON.stringify({ v: SAVE_VERSION, attempt: { ...valid(), mode: 'speedrun' } }), 120).problem).toBe('corrupt');
  });

  it('drop questions that left the bank and answers that no longer fit', () => {
    const a = valid();
    const gone = a.questionIds[1]!;
    const smaller = new Map(byId);
    smaller.delete(gone);
    const first = a.questionIds[0]!;
    const bad = { ...a, responses: { ...a.responses, [first]: { type: 'single', choice: 'zz' } as Response } };
    const { value, problem } = reconcile(bad, realBank.exam, smaller);
    expect(problem).toBe('outdated');
    expect(value!.questionIds).not.toContain(gone);
    expect(value!.responses[first]).toBeUndefined();
    expect(reconcile(a, 'az-900', byId)).toEqual({ value: null, problem: 'outdated' });
  });

  it('load 250 random and damaged saves to a usable state, never throwing', () => {
    const random = seededRandom(2026);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const junk = (): unknown =>
      pick([
        () => null,
        () => undefined,
        () => random() * 1e9 - 5e8,
        () => NaN,
        () => -1,
        () => '',
        () => 'x'.repeat(Math.floor(random() * 50)),
        () => [],
        () => [1, 'a', null],
        () => ({}),
        () => ({ type: 'single', choice: 'a' }),
        () => true,
        () => valid().questionIds,
        () => ['nope', 'nada'],
      ])();
    const base = JSON.parse(encodeAttempt(valid())!);
    const fields = Object.keys(base.attempt);
    const cases: (string | null)[] = [];
    for (let i = 0; i < 250; i++) {
      const kind = i % 10;
      const save = structuredClone(base);
      if (kind === 0) cases.push(JSON.stringify(junk()) ?? 'undefined');
      else if (kind === 1) cases.push(encodeAttempt(valid())!.slice(0, Math.floor(random() * 400)));
      else if (kind === 2) {
        save.attempt[pick(fields)] = junk();
        cases.push(JSON.stringify(save));
      } else if (kind === 3) {
        save.v = junk();
        cases.push(JSON.stringify(save));
      } else if (kind === 4) {
        save.attempt.index = Math.floor(random() * 200) - 100;
        cases.push(JSON.stringify(save));
      } else if (kind === 5) {
        const id = pick(save.attempt.questionIds as string[]);
        save.attempt.responses[id] = junk();
        cases.push(JSON.stringify(save));
      } else if (kind === 6) {
        save.attempt.questionIds = (save.attempt.questionIds as string[]).map((id) => (random() < 0.3 ? `gone-${id}` : id));
        cases.push(JSON.stringify(save));
      } else if (kind === 7) {
        const id = pick(Object.keys(save.attempt.optionOrder));
        save.attempt.optionOrder[id] = random() < 0.5 ? ['a'] : junk();
        cases.push(JSON.stringify(save));
      } else if (kind === 8) {
        const bytes = Array.from({ length: Math.floor(random() * 60) }, () => String.fromCharCode(Math.floor(random() * 0xffff)));
        cases.push(bytes.join(''));
      } else {
        delete save.attempt[pick(fields)];
        cases.push(JSON.stringify(save));
      }
    }
    const problems = new Map<string, number>();
    for (const raw of cases) {
      const problem = loadAndUse(raw) ?? 'none';
      problems.set(problem, (problems.get(problem) ?? 0) + 1);
    }
    expect(cases).toHaveLength(250);
    // The generator really produced damage of several kinds, and some saves survived it.
    expect(problems.get('corrupt')).toBeGreaterThan(50);
    expect(problems.get('foreign')).toBeGreaterThan(10);
    expect(problems.get('none')).toBeGreaterThan(10);
  });
});

describe('saved history', () => {
  const entry = {
    id: 'a',
    finishedAt: 1,
    mode: 'exam',
    percent: 80,
    passed: true,
    earned: 8,
    possible: 10,
    durationMs: 60_000,
    timedOut: false,
    domains: [{ domain: 1, percent: 80 }],
    missed: ['x'],
  };

  it('round-trips, keeps good entries and drops damaged ones', () => {
    expect(decodeHistory(encodeHistory([entry as never]))).toEqual({ value: [entry], problem: null });
    const mixed = JSON.stringify({ v: SAVE_VERSION, entries: [entry, { ...entry, percent: 'lots' }, null] });
    expect(decodeHistory(mixed)).toEqual({ value: [entry], problem: 'corrupt' });
    expect(decodeHistory('][').value).toEqual([]);
    expect(decodeHistory(JSON.stringify({ v: SAVE_VERSION, entries: 'none' })).value).toEqual([]);
  });
});
