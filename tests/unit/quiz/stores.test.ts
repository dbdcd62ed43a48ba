/*
 * The quiz's nanostores, run as the island runs them but in Node: saved data comes from
 * @nanostores/persistent's test storage engine, time from vitest's fake clock. Each "page load" makes
 * the stores afresh with createQuizStores (no module is reloaded), so what they read at start-up comes
 * from the storage set here; cleanStores ends a page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores, keepMount, type Store } from 'nanostores';
import { cleanTestStorage, getTestStorage, setPersistentEngine, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { startAttempt, type Attempt } from '../../../src/quiz/attempt';
import { storageKeys } from '../../../src/quiz/storage-keys';
import { createQuizStores, type QuizStores } from '../../../src/quiz/stores';
import { $storageMode, createEngine } from '../../../src/quiz/stores/engine';
import { realBank } from './fixtures';
import { TEST_TIME } from '../../support/fixed';

// AI-102's keys, as its quiz page uses them; its profile gives 70% and 100 minutes for 40-60 questions (120 s each).
const { attempt: ATTEMPT_KEY, history: HISTORY_KEY } = storageKeys('ai-102');
const SETUP = { exam: 'ai-102', bankUrl: '/quiz/ai-102.json', passPercent: 70, secondsPerQuestion: 120 };

const T = TEST_TIME;
const MIN = 60_000;
const byId = new Map(realBank.questions.map((q) => [q.id, q]));

/** A page load: new stores over whatever the storage holds, watched as the island watches them, with the bank loaded. */
async function load(setup = SETUP): Promise<QuizStores> {
  const s = createQuizStores(setup);
  keepMount(s.$attempt);
  s.bankLoaded(realBank);
  loaded.push(s.$attempt, s.$score, s.$bank, s.$history, s.$notices, s.$announcement, s.$now, s.$left, s.$changedSinceStart);
  return s;
}

/** The island keeps $now watched; its onMount starts the exam clock. */
async function startClock(s: QuizStores) {
  keepMount(s.$now);
  await vi.advanceTimersByTimeAsync(0);
  return s;
}

const loaded: Store[] = [];
const saveAttempt = (a: unknown) => setTestStorageKey(ATTEMPT_KEY, JSON.stringify({ v: 1, attempt: a }));
const exam = (now: number): Attempt => startAttempt(realBank, { secondsPerQuestion: 120, mode: 'exam', size: 10, seed: 7, now });
const timeLeft = (deadline: number, now: number) => Math.max(0, deadline - now);

beforeEach(() => {
  useTestStorageEngine();
  cleanTestStorage();
  $storageMode.set('local');
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T);
});
afterEach(() => {
  cleanStores(...loaded.splice(0));
  vi.useRealTimers();
});

describe('the exam clock belongs to the attempt', () => {
  it('times out a saved exam whose deadline passed while nothing was on screen, once, with its answers', async () => {
    const a = exam(T - 30 * MIN);
    const q = byId.get(a.questionIds[0]!)!;
    saveAttempt({ ...a, responses: { [q.id]: q.type === 'single' ? { type: 'single', choice: q.answer } : undefined } });
    const s = await load();
    await startClock(s);
    expect(s.$attempt.get()).toMatchObject({ phase: 'done', timedOut: true, finishedAt: a.deadline });
    await vi.advanceTimersByTimeAsync(5000);
    expect(s.$history.get()).toHaveLength(1);
    expect(s.$history.get()[0]).toMatchObject({ id: a.id, timedOut: true, durationMs: 20 * MIN });
    expect(s.$announcement.get().text).toBe('Time is up. Your answers were submitted.');
  });

  it('ticks with no view subscribed and submits at the deadline', async () => {
    const s = await load();
    s.begin({ mode: 'exam', size: 10 });
    const deadline = s.$attempt.get()!.deadline!;
    expect(deadline - T).toBe(20 * MIN);
    await startClock(s);
    await vi.advanceTimersByTimeAsync(20 * MIN - 1000);
    expect(s.$attempt.get()!.phase).toBe('answering');
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.$attempt.get()).toMatchObject({ phase: 'done', timedOut: true });
  });

  it('records a submit that arrives after the deadline as timed out', async () => {
    const s = await load();
    s.begin({ mode: 'exam', size: 10 });
    vi.setSystemTime(T + 25 * MIN);
    s.dispatch({ type: 'submit', now: Date.now() });
    expect(s.$attempt.get()).toMatchObject({ phase: 'done', timedOut: true, finishedAt: T + 20 * MIN });
  });

  it('never gains time when the system clock is set back, nor after a reload', async () => {
    let s = await load();
    s.begin({ mode: 'exam', size: 10 });
    const deadline = s.$attempt.get()!.deadline!;
    let clock = await startClock(s);
    await vi.advanceTimersByTimeAsync(5 * MIN);
    expect(timeLeft(deadline, clock.$now.get())).toBe(15 * MIN);
    // The system clock jumps back 30 days: the exam goes on from where it was.
    vi.setSystemTime(T + 5 * MIN - 30 * 24 * 60 * MIN);
    // (The tick that sees the jump cannot tell how long it took, so it holds; the next one moves on.)
    await vi.advanceTimersByTimeAsync(1000);
    expect(timeLeft(deadline, clock.$now.get())).toBe(15 * MIN);
    await vi.advanceTimersByTimeAsync(1000);
    expect(timeLeft(deadline, clock.$now.get())).toBe(15 * MIN - 1000);
    // A reload with the clock still wrong: the time left saved at the last tick holds.
    cleanStores(...loaded.splice(0));
    s = await load();
    clock = await startClock(s);
    expect(timeLeft(deadline, clock.$now.get())).toBeLessThanOrEqual(15 * MIN - 1000);
    expect(timeLeft(deadline, clock.$now.get())).toBeGreaterThan(14 * MIN);
    await vi.advanceTimersByTimeAsync(15 * MIN);
    expect(s.$attempt.get()).toMatchObject({ phase: 'done', timedOut: true });
  });
});

describe('stores made per exam', () => {
  it('start the clock only when something watches it, through onMount', async () => {
    const s = await load();
    s.begin({ mode: 'exam', size: 10 });
    await vi.advanceTimersByTimeAsync(21 * MIN);
    // Nothing watches $now: no timer runs, so the exam is not yet submitted.
    expect(s.$attempt.get()!.phase).toBe('answering');
    await startClock(s);
    expect(s.$attempt.get()).toMatchObject({ phase: 'done', timedOut: true });
  });

  it("keep each exam's attempt apart, and give each its own pass line and time per question", async () => {
    const a = await load();
    const b = await load({ exam: 'ai-900', bankUrl: '/quiz/ai-900.json', passPercent: 80, secondsPerQuestion: 90 });
    b.begin({ mode: 'exam', size: 10 });
    expect(b.$attempt.get()!.deadline! - T).toBe(15 * MIN);
    expect(a.$attempt.get()).toBeNull();
    // Seven of ten right: a pass at 70%, not at this exam's 80%.
    const seven = b.$attempt.get()!.questionIds.slice(0, 7);
    for (const id of seven) {
      const q = byId.get(id)!;
      const response =
        q.type === 'single'
          ? { type: 'single' as const, choice: q.answer }
          : q.type === 'multi'
            ? { type: 'multi' as const, choices: q.answer }
            : q.type === 'order'
              ? { type: 'order' as const, order: q.answer }
              : q.type === 'yesno'
                ? { type: 'yesno' as const, values: Object.fromEntries(q.statements.map((x) => [x.id, x.answer])) }
                : { type: 'dropdown' as const, values: Object.fromEntries(q.blanks.map((x) => [x.id, x.answer])) };
      b.dispatch({ type: 'answer', id, response });
    }
    b.dispatch({ type: 'submit', now: Date.now() });
    expect(b.$score.get()).toMatchObject({ percent: 70, passed: false });
    expect(b.$history.get()).toHaveLength(1);
    expect(a.$history.get()).toHaveLength(0);
  });
});

describe('saved values out of range', () => {
  it('drops an exam whose deadline is years away, and says the notice is about the saved quiz', async () => {
    const a = exam(T);
    saveAttempt({ ...a, deadline: T + 5 * 365 * 24 * 60 * MIN });
    const s = await load();
    expect(s.$attempt.get()).toBeNull();
    expect(s.$notices.get()).toEqual([{ about: 'attempt', problem: 'corrupt' }]);
  });

  it('drops history entries with negative counts or absurd durations, and names the history', async () => {
    const good = {
      id: 'a',
      finishedAt: T,
      mode: 'exam',
      percent: 50,
      passed: false,
      earned: 5,
      possible: 10,
      durationMs: 600_000,
      timedOut: false,
      domains: [],
      missed: [],
    };
    const entries = [good, { ...good, id: 'b', earned: -3 }, { ...good, id: 'c', durationMs: 1e300 }, { ...good, id: 'd', finishedAt: 1e300 }];
    setTestStorageKey(HISTORY_KEY, JSON.stringify({ v: 1, entries }));
    const s = await load();
    expect(s.$history.get().map((e) => e.id)).toEqual(['a']);
    expect(s.$notices.get()).toEqual([{ about: 'history', problem: 'corrupt' }]);
  });
});

/** A localStorage stand-in: a Map, whose writes can be made to fail as a full quota does. */
function fakeStorage(saved: Record<string, string>, full = false): Storage {
  const m = new Map(Object.entries(saved));
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
    key: (i: number) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  } as Storage;
}

/** Loads the stores over the page's own engine (engine.ts) and a fake localStorage. */
async function loadOver(storage: Storage) {
  setPersistentEngine(createEngine(storage), { addEventListener() {}, removeEventListener() {} });
  return load();
}

describe('data from a newer version', () => {
  it('keeps a newer history untouched when this version finishes an attempt', async () => {
    const newer = JSON.stringify({ v: 99, entries: [{ whatever: 'the future holds' }] });
    const storage = fakeStorage({ [HISTORY_KEY]: newer });
    const s = await loadOver(storage);
    expect(s.$notices.get()).toEqual([{ about: 'history', problem: 'newer' }]);
    s.begin({ mode: 'practice', size: 10 });
    s.dispatch({ type: 'submit', now: Date.now() });
    // The finished attempt is listed for this visit, but the saved history is the newer version's.
    expect(s.$history.get()).toHaveLength(1);
    expect(storage.getItem(HISTORY_KEY)).toBe(newer);
    expect(storage.getItem(ATTEMPT_KEY)).toContain('"phase":"done"');
  });

  it('keeps a newer saved attempt untouched when a quiz is started here', async () => {
    const newer = JSON.stringify({ v: 99, attempt: { from: 'the future' } });
    const storage = fakeStorage({ [ATTEMPT_KEY]: newer });
    const s = await loadOver(storage);
    expect(s.$notices.get()).toEqual([{ about: 'attempt', problem: 'newer' }]);
    s.begin({ mode: 'practice', size: 10 });
    expect(s.$attempt.get()!.questionIds).toHaveLength(10);
    expect(storage.getItem(ATTEMPT_KEY)).toBe(newer);
  });
});

describe('full storage', () => {
  it('still reads and offers the saved attempt and history, and says new progress may not be kept', async () => {
    const a = exam(T - MIN);
    const entry = {
      id: 'old',
      finishedAt: T - 60 * MIN,
      mode: 'practice',
      percent: 40,
      passed: false,
      earned: 4,
      possible: 10,
      durationMs: 60_000,
      timedOut: false,
      domains: [],
      missed: [a.questionIds[0]],
    };
    const storage = fakeStorage({ [ATTEMPT_KEY]: JSON.stringify({ v: 1, attempt: a }), [HISTORY_KEY]: JSON.stringify({ v: 1, entries: [entry] }) }, true);
    const s = await loadOver(storage);
    expect(s.$attempt.get()!.id).toBe(a.id);
    expect(s.$history.get().map((e) => e.id)).toEqual(['old']);
    expect(s.$lastMissed.get()).toEqual([a.questionIds[0]]);
    // Answering works in memory; the engine now says writes are refused.
    s.dispatch({ type: 'next' });
    expect(s.$attempt.get()!.index).toBe(1);
    expect(s.$storageMode.get()).toBe('full');
    expect(s.$notices.get()).toEqual([]);
  });
});

describe('the test seed', () => {
  it('gives the same question order on every start, and none without it', async () => {
    (globalThis as { __AI102_QUIZ_SEED__?: number }).__AI102_QUIZ_SEED__ = 42;
    try {
      const s = await load();
      s.begin({ mode: 'practice', size: 'all' });
      const first = s.$attempt.get()!.questionIds;
      s.begin({ mode: 'practice', size: 'all' });
      expect(s.$attempt.get()!.questionIds).toEqual(first);
      expect(s.$attempt.get()!.seed).toBe(42);
    } finally {
      delete (globalThis as { __AI102_QUIZ_SEED__?: number }).__AI102_QUIZ_SEED__;
    }
  });
});

describe('review cards', () => {
  const DAY = 86_400_000;
  const REVIEW_KEY = 'ai102-quiz:review';
  const cardsSaved = () => (JSON.parse(getTestStorage()[REVIEW_KEY] ?? '{"cards":{}}') as { cards: Record<string, { due: number; lastReview: number }> }).cards;

  it('are scheduled when an attempt finishes, at its finish time: wrong in 1 day, right in 3', async () => {
    const s = await load();
    keepMount(s.$due);
    s.begin({ mode: 'practice', size: 'all', ids: ['d1-invoice-service-choice', 'd2-lower-temperature-focused'] });
    const [first, second] = s.$attempt.get()!.questionIds;
    const q = byId.get(first!)!;
    if (q.type !== 'single') throw new Error('expected a single-choice question');
    // The first answered wrong, the second left blank (no card), then Finish.
    s.dispatch({ type: 'answer', id: first!, response: { type: 'single', choice: q.options.find((o) => o.id !== q.answer)!.id } });
    vi.setSystemTime(T + 5 * MIN);
    s.dispatch({ type: 'submit', now: Date.now(), answeredOnly: true });
    await vi.waitFor(() => expect(Object.keys(cardsSaved())).toEqual([first]));
    // Again on a new card: due one whole day after the finish (T + 5 minutes).
    expect(cardsSaved()[first!]).toMatchObject({ lastReview: T + 5 * MIN, due: T + 5 * MIN + DAY });
    expect(second).toBeDefined();
    // Due once that day has passed, counted when the start screen asks.
    expect(s.$due.get()).toEqual([]);
    vi.setSystemTime(T + 5 * MIN + DAY);
    s.refreshReviewNow();
    expect(s.$due.get().map((c) => c.id)).toEqual([first]);
  });

  it('are built once from a history without points, and an empty history is no saved key', async () => {
    setTestStorageKey(
      HISTORY_KEY,
      JSON.stringify({
        v: 1,
        entries: [
          {
            id: 'old',
            finishedAt: T - 2 * DAY,
            mode: 'practice',
            percent: 0,
            passed: false,
            earned: 0,
            possible: 1,
            durationMs: 1000,
            timedOut: false,
            domains: [],
            missed: ['d1-invoice-service-choice'],
          },
        ],
      }),
    );
    const s = await load();
    await s.migrate();
    expect(cardsSaved()).toEqual({ 'd1-invoice-service-choice': expect.objectContaining({ due: T - DAY, lastReview: T - 2 * DAY }) });
    const before = getTestStorage()[REVIEW_KEY];
    await s.migrate();
    expect(getTestStorage()[REVIEW_KEY]).toBe(before);
  });
});
