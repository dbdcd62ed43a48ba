import { describe, expect, it } from 'vitest';
import { reduce, startAttempt, type Attempt } from '../../../src/quiz/attempt';
import {
  apply,
  exportProgress,
  importProgress,
  merge,
  parseProgress,
  PROGRESS_FORMAT,
  summary,
  type ExamProgress,
  type ProgressFile,
  type StorageLike,
} from '../../../src/quiz/progress-file';
import type { HistoryEntry } from '../../../src/quiz/record';
import { cardsFromHistory, review, type ReviewCards } from '../../../src/quiz/review';
import { decodeCards, encodeCards } from '../../../src/quiz/review-card';
import { decodeHistory, encodeAttempt, encodeHistory } from '../../../src/quiz/storage';
import { reviewKey, storageKeys } from '../../../src/quiz/storage-keys';
import { realBank } from './fixtures';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 6, 9);
const EXAMS = ['ai-102', 'ai-103'];

/** A Map-backed localStorage holding at most `quota` characters of values; a write past it throws, as a browser's does. */
function memoryStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const m = new Map(Object.entries(initial));
  const used = () => [...m.values()].reduce((n, v) => n + v.length, 0);
  const storage: StorageLike & { clear(): void; dump(): Record<string, string> } = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (used() - (m.get(k)?.length ?? 0) + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    dump: () => Object.fromEntries([...m.entries()].sort()),
  };
  return storage;
}

const entry = (id: string, finishedAt: number, points?: Record<string, number>, missed: string[] = []): HistoryEntry => ({
  id,
  finishedAt,
  mode: 'practice',
  percent: 50,
  passed: false,
  earned: 5,
  possible: 10,
  durationMs: 60_000,
  timedOut: false,
  domains: [{ domain: 1, percent: 50 }],
  missed,
  ...(points ? { points } : {}),
});

/** An attempt at `exam` begun at `now` (the bank is AI-102's; the exam id is what the keys follow). */
function attempt(exam: string, now: number, seed = 1): Attempt {
  const a = startAttempt({ ...realBank, exam }, { mode: 'practice', size: 10, seed, now, secondsPerQuestion: 120 });
  const q = realBank.questions.find((x) => x.id === a.questionIds[0])!;
  return q.type === 'single' ? reduce(a, { type: 'answer', id: q.id, response: { type: 'single', choice: q.answer } }) : a;
}
const finished = (a: Attempt, at: number): Attempt => reduce(a, { type: 'submit', now: at });

/** A browser with progress on both exams. */
function savedBrowser() {
  const k2 = storageKeys('ai-102');
  const k3 = storageKeys('ai-103');
  const cards: ReviewCards = review(review({}, 'd1-a', 0, T0 - DAY), 'd2-b', 1, T0 - DAY);
  return memoryStorage({
    [k2.history]: encodeHistory([entry('old2', T0 - 9 * DAY, undefined, ['x'])]),
    [k3.attempt]: encodeAttempt(attempt('ai-103', T0 - 1000))!,
    [k3.history]: encodeHistory([entry('b', T0 - DAY, { 'd1-a': 0, 'd2-b': 1 }), entry('a', T0 - 2 * DAY, { 'd1-a': 1 })]),
    [reviewKey('ai-103')]: encodeCards(cards),
    'unrelated-key': 'left alone',
  });
}

describe('export and import', () => {
  it('round-trips: export → clear → import gives the same progress back', () => {
    const storage = savedBrowser();
    const before = storage.dump();
    const file = exportProgress(storage, EXAMS, T0);
    expect(file.format).toBe(PROGRESS_FORMAT);
    expect(file.version).toBe(1);
    expect(file.exported).toBe('2026-12-06T09:00:00.000Z');
    expect(Object.keys(file.exams)).toEqual(['ai-102', 'ai-103']);
    expect(summary(file)).toEqual([
      { exam: 'ai-102', attempts: 1, inProgress: false, cards: 0 },
      { exam: 'ai-103', attempts: 2, inProgress: true, cards: 2 },
    ]);
    const text = JSON.stringify(file);
    storage.clear();
    storage.setItem('unrelated-key', 'left alone');
    const result = importProgress(storage, text, T0 + 1000);
    expect(result).toMatchObject({ ok: true, kept: [] });
    expect(exportProgress(storage, EXAMS, T0)).toEqual(file);
    // The keys hold the same data as before (each saved value parsed, so spacing could not matter).
    const parsed = (d: Record<string, string>) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, k.includes(':') ? JSON.parse(v) : v]));
    expect(parsed(storage.dump())).toEqual(parsed(before));
    // Importing the same file again changes nothing.
    expect(importProgress(storage, text, T0 + 2000)).toMatchObject({ ok: true, written: [] });
  });

  it('refuses a bad file with a clear message and leaves storage unchanged', () => {
    const storage = savedBrowser();
    const before = storage.dump();
    const good = exportProgress(storage, EXAMS, T0);
    const cases: [string, RegExp][] = [
      ['{"format": "azure-ai-exam-guide/progress", "vers', /damaged: it is not complete JSON/],
      ['', /damaged: it is not complete JSON/],
      [JSON.stringify({ some: 'other app' }), /not a progress file from this site/],
      [JSON.stringify([1, 2]), /not a progress file from this site/],
      [JSON.stringify({ ...good, version: 2 }), /newer version of the site \(progress file version 2; this page reads version 1\)/],
      [JSON.stringify({ ...good, version: '1' }), /damaged: version: /],
      [JSON.stringify({ ...good, exported: 'yesterday' }), /damaged: exported: must be a date and time/],
      [
        JSON.stringify({ ...good, exams: { 'ai-103': { ...good.exams['ai-103'], history: [{ id: 'x' }] } } }),
        /damaged: exams › ai-103 › history › 0: is not a valid history entry/,
      ],
      [JSON.stringify({ ...good, exams: { 'AI 103': good.exams['ai-103'] } }), /damaged: exams › AI 103: is not an exam id/],
      [JSON.stringify({ ...good, exams: { 'ai-102': good.exams['ai-103'] } }), /damaged: exams › ai-102 › attempt: is an attempt at ai-103, not ai-102/],
    ];
    for (const [text, message] of cases) {
      const result = importProgress(storage, text, T0);
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.message).toMatch(message);
      expect(storage.dump()).toEqual(before);
    }
    expect(parseProgress(JSON.stringify({ ...good, version: 2 }))).toMatchObject({ ok: false, problem: 'newer' });
    expect(parseProgress('nope')).toMatchObject({ ok: false, problem: 'damaged' });
    expect(parseProgress('{}')).toMatchObject({ ok: false, problem: 'foreign' });
  });

  it('puts every key back when the browser refuses a write half way', () => {
    const storage = savedBrowser();
    const file = exportProgress(storage, EXAMS, T0);
    // Another browser with one older attempt of its own and room for 400 more characters: the merged
    // AI-102 history (one entry more, about 230 characters) fits and is written first; the AI-103 attempt does not.
    const mine = encodeHistory([entry('mine', T0 - 20 * DAY)]);
    const fresh = memoryStorage({ [storageKeys('ai-102').history]: mine }, mine.length + 400);
    const before = fresh.dump();
    let writes = 0;
    const counting: StorageLike = { ...fresh, setItem: (k, v) => (writes++, fresh.setItem(k, v)) };
    expect(importProgress(counting, JSON.stringify(file), T0)).toEqual({ ok: false, message: expect.stringMatching(/refused to save.*Nothing was changed/) });
    expect(fresh.dump()).toEqual(before);
    // The AI-102 history was written, the attempt refused, then the history put back: 3 writes.
    expect(writes).toBe(3);
  });

  it('keeps a key saved by a newer version as it is', () => {
    const storage = savedBrowser();
    const file = exportProgress(storage, EXAMS, T0);
    const newer = JSON.stringify({ v: 2, entries: [] });
    const other = memoryStorage({ [storageKeys('ai-103').history]: newer });
    const result = importProgress(other, JSON.stringify(file), T0);
    expect(result).toMatchObject({ ok: true, kept: ['ai103-quiz:history'] });
    expect(other.getItem('ai103-quiz:history')).toBe(newer);
    expect(other.getItem('ai102-quiz:history')).not.toBeNull();
  });
});

describe('merge', () => {
  const file = (exams: Record<string, Partial<ExamProgress>>, exported = '2026-12-06T09:00:00.000Z'): ProgressFile => ({
    format: PROGRESS_FORMAT,
    version: 1,
    exported,
    exams: Object.fromEntries(Object.entries(exams).map(([k, p]) => [k, { attempt: null, history: [], cards: {}, ...p }])),
  });

  it('history: the union by attempt id, newest first, the current copy where both have one', () => {
    const current = file({ 'ai-103': { history: [entry('c', 300), entry('a', 100)] } });
    const incoming = file({ 'ai-103': { history: [entry('b', 200), { ...entry('a', 100), percent: 99 }] }, 'ai-102': { history: [entry('z', 50)] } });
    const m = merge(current, incoming);
    expect(m.exams['ai-103']!.history.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(m.exams['ai-103']!.history[2]!.percent).toBe(50);
    expect(m.exams['ai-102']!.history.map((e) => e.id)).toEqual(['z']);
  });

  it('history: keeps the newest 20, as the quiz does', () => {
    const mine = Array.from({ length: 15 }, (_, i) => entry(`m${i}`, 1000 + 2 * i));
    const theirs = Array.from({ length: 15 }, (_, i) => entry(`t${i}`, 1001 + 2 * i));
    const m = merge(file({ x: { history: mine } }), file({ x: { history: theirs } }));
    // Finish times 1000 … 1029; the newest 20 are 1029 down to 1010: t14, m14, t13, …, t5, m5.
    expect(m.exams.x!.history).toHaveLength(20);
    expect(m.exams.x!.history[0]!.id).toBe('t14');
    expect(m.exams.x!.history[19]!.id).toBe('m5');
  });

  it('cards: for each question the later review wins, a tie keeps the current card', () => {
    const mine: ReviewCards = review(review({}, 'q1', 1, T0), 'q2', 1, T0);
    const theirs: ReviewCards = review(review(review({}, 'q1', 0, T0 + DAY), 'q2', 0, T0 - DAY), 'q3', 0.5, T0);
    const tie: ReviewCards = review({}, 'q1', 0, T0);
    const m = merge(file({ x: { cards: mine } }), file({ x: { cards: theirs } }));
    expect(m.exams.x!.cards).toEqual({ q1: theirs.q1, q2: mine.q2, q3: theirs.q3 });
    expect(merge(file({ x: { cards: mine } }), file({ x: { cards: tie } })).exams.x!.cards.q1).toEqual(mine.q1);
  });

  it('attempt: one in progress is replaced only by a newer one, or by its own finish', () => {
    const open = attempt('x', T0, 1);
    const older = attempt('x', T0 - DAY, 2);
    const newer = attempt('x', T0 + DAY, 3);
    const pick = (a: Attempt | null, b: Attempt | null) => merge(file({ x: { attempt: a } }), file({ x: { attempt: b } })).exams.x!.attempt;
    expect(pick(open, older)).toBe(open);
    expect(pick(open, finished(older, T0 - DAY + 1000))).toBe(open);
    expect(pick(open, newer)).toBe(newer);
    expect(pick(open, null)).toBe(open);
    expect(pick(null, older)).toBe(older);
    // The same attempt, finished on the other device.
    const done = finished(open, T0 + 60_000);
    expect(pick(open, done)).toBe(done);
    // …but a finished attempt here never goes back to an unfinished copy of itself.
    expect(pick(done, open)).toBe(done);
  });

  it('keeps the later export time', () => {
    expect(merge(file({}, '2026-12-01T00:00:00.000Z'), file({}, '2026-12-05T00:00:00.000Z')).exported).toBe('2026-12-05T00:00:00.000Z');
    expect(merge(file({}, '2026-12-05T00:00:00.000Z'), file({}, '2026-12-01T00:00:00.000Z')).exported).toBe('2026-12-05T00:00:00.000Z');
  });

  it('apply writes nothing for an exam with nothing to save', () => {
    const storage = memoryStorage();
    expect(apply(storage, file({ 'ai-103': {} }))).toEqual({ ok: true, written: [], kept: [] });
    expect(storage.dump()).toEqual({});
  });
});

describe('migration from the history saved today (no points, no cards)', () => {
  it('exports, imports and gives review cards for the misses', () => {
    // What a browser holds today: history entries with only `missed`, and no review key.
    const today = [
      {
        id: 'lv2',
        finishedAt: T0 - DAY,
        mode: 'exam',
        percent: 80,
        passed: true,
        earned: 8,
        possible: 10,
        durationMs: 600_000,
        timedOut: false,
        domains: [{ domain: 1, percent: 80 }],
        missed: ['d1-a', 'd3-c'],
      },
      {
        id: 'lv1',
        finishedAt: T0 - 3 * DAY,
        mode: 'practice',
        percent: 90,
        passed: true,
        earned: 9,
        possible: 10,
        durationMs: 300_000,
        timedOut: false,
        domains: [{ domain: 1, percent: 90 }],
        missed: ['d2-b'],
      },
    ];
    const raw = JSON.stringify({ v: 1, entries: today });
    const storage = memoryStorage({ [storageKeys('ai-103').history]: raw });
    const file = exportProgress(storage, EXAMS, T0);
    expect(file.exams['ai-103']).toEqual({ attempt: null, history: today, cards: {} });
    const fresh = memoryStorage();
    expect(importProgress(fresh, JSON.stringify(file), T0)).toMatchObject({ ok: true, written: ['ai103-quiz:history'] });
    expect(decodeHistory(fresh.getItem('ai103-quiz:history'))).toEqual({ value: today, problem: null });
    // Each miss becomes a card rated Again at its attempt's finish time, due one day after it.
    const cards = cardsFromHistory(decodeHistory(fresh.getItem('ai103-quiz:history')).value);
    expect(Object.fromEntries(Object.values(cards).map((c) => [c.id, c.due]))).toEqual({ 'd1-a': T0, 'd3-c': T0, 'd2-b': T0 - 2 * DAY });
    // Cards written back can be exported and merged like any others.
    fresh.setItem(reviewKey('ai-103'), encodeCards(cards));
    expect(decodeCards(fresh.getItem(reviewKey('ai-103')))).toEqual({ value: cards, problem: null });
    expect(summary(exportProgress(fresh, EXAMS, T0))).toEqual([{ exam: 'ai-103', attempts: 2, inProgress: false, cards: 3 }]);
  });
});
