/*
 * FSRS scheduling with an injected clock. Expected dates are worked out by hand from FSRS-6's
 * default weights and the settings in src/quiz/review.ts (SCHEDULER):
 *
 * - At request_retention 0.9 the interval equals the stability: I = S/F · (0.9^(1/decay) − 1) with
 *   F = 0.9^(1/decay) − 1, so I = S. It is rounded to whole days, never under 1 day.
 * - A new card's first stabilities are w0 = 0.212 (Again), w1 = 1.2931 (Hard), w2 = 2.3065 (Good):
 *   rounded 0 → 1 day floor, 1, 2 days. ts-fsrs then keeps Again < Hard < Good, one day apart at
 *   least: Again 1, Hard max(1, 1 + 1) = 2, Good max(2, 2 + 1) = 3 days.
 */
import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { savedEntry } from './fixtures';
import { decodeCards, encodeCards } from '../../../src/quiz/review-card';
import { reviewKey } from '../../../src/quiz/storage-keys';
import { cardsFromHistory, due, nextDue, ratingFor, review, SCHEDULER, type ReviewCards } from '../../../src/quiz/review';

const DAY = 86_400_000;
/** 6 December 2026, 09:00 UTC. */
const T0 = Date.UTC(2026, 11, 6, 9);

const entry = savedEntry;

describe('review', () => {
  it('rates wrong as Again, partly right as Hard, right as Good', () => {
    expect([ratingFor(0), ratingFor(0.5), ratingFor(0.6667), ratingFor(1)]).toEqual([Rating.Again, Rating.Hard, Rating.Hard, Rating.Good]);
    expect(() => ratingFor(1.5)).toThrow(RangeError);
    expect(() => ratingFor(Number.NaN)).toThrow(RangeError);
  });

  it('schedules a first answer: wrong in 1 day, partly right in 2, right in 3', () => {
    let cards: ReviewCards = {};
    cards = review(cards, 'wrong', 0, T0);
    cards = review(cards, 'partly', 0.5, T0);
    cards = review(cards, 'right', 1, T0);
    expect(nextDue(cards.wrong!)).toBe(T0 + 1 * DAY);
    expect(nextDue(cards.partly!)).toBe(T0 + 2 * DAY);
    expect(nextDue(cards.right!)).toBe(T0 + 3 * DAY);
    expect(cards.right).toMatchObject({ id: 'right', lastReview: T0, reps: 1, lapses: 0, stability: 2.3065 });
    expect(cards.wrong).toMatchObject({ stability: 0.212 });
  });

  it('10 questions, 4 wrong: a day later exactly those 4 are due, and answered right they wait longer than a day', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const wrong = ['q1', 'q4', 'q6', 'q9'];
    let cards: ReviewCards = {};
    for (const id of ids) cards = review(cards, id, wrong.includes(id) ? 0 : 1, T0);
    // The wrong ones are due at T0 + 1 day, the right ones at T0 + 3 days.
    const dayLater = T0 + DAY;
    expect(due(cards, dayLater).map((c) => c.id)).toEqual(wrong);
    expect(due(cards, dayLater - 1)).toEqual([]);
    for (const id of wrong) {
      const before = nextDue(cards[id]!);
      cards = review(cards, id, 1, dayLater);
      // Again's card (S 0.212, D w4 = 6.4133) recalled after 1 day: R = (1 + F·1/0.212)^−0.1542 ≈ 0.766,
      // S' = 0.212 · (1 + e^1.8722 · (11 − 6.4133) · 0.212^−0.1666 · (e^(0.796·(1 − 0.766)) − 1)) ≈ 1.886 → 2 days,
      // Hard's S' ≈ 1.22 → 1 → raised to 2 (above Again's 1 day), so Good becomes 3 days: due at T0 + 4 days.
      expect(nextDue(cards[id]!)).toBe(dayLater + 3 * DAY);
      expect(nextDue(cards[id]!)).toBeGreaterThan(before);
      expect(nextDue(cards[id]!) - dayLater).toBeGreaterThan(before - T0);
      expect(cards[id]!.stability).toBeCloseTo(1.886, 2);
    }
    expect(due(cards, dayLater)).toEqual([]);
    // Three days after the first answers, the 6 right ones are due, not the 4 just reviewed.
    expect(due(cards, T0 + 3 * DAY).map((c) => c.id)).toEqual(ids.filter((id) => !wrong.includes(id)));
  });

  it('lists the most overdue first', () => {
    let cards: ReviewCards = {};
    cards = review(cards, 'b', 1, T0); // due T0 + 3 days
    cards = review(cards, 'a', 0, T0 + DAY); // due T0 + 2 days
    cards = review(cards, 'c', 0, T0); // due T0 + 1 day
    cards = review(cards, 'd', 0, T0 + 5 * DAY); // due T0 + 6 days: not yet
    expect(due(cards, T0 + 4 * DAY).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps the state ts-fsrs would keep across saves (a card as plain JSON loses nothing)', () => {
    const f = fsrs(SCHEDULER);
    let card = createEmptyCard(new Date(T0));
    let cards: ReviewCards = {};
    const steps: [number, number][] = [
      [T0, 1],
      [T0 + 3 * DAY, 0],
      [T0 + 4 * DAY, 0.5],
      [T0 + 6 * DAY, 1],
    ];
    for (const [at, points] of steps) {
      card = f.next(card, new Date(at), ratingFor(points)).card;
      cards = JSON.parse(JSON.stringify(review(cards, 'q', points, at))) as ReviewCards;
      expect(cards.q).toMatchObject({
        due: card.due.getTime(),
        stability: card.stability,
        difficulty: card.difficulty,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
      });
    }
    expect(cards.q!.lapses).toBe(1);
  });

  it('takes a clock set back as the time of the last review', () => {
    const cards = review({}, 'q', 0, T0 + DAY);
    const back = review(cards, 'q', 1, T0);
    expect(back.q!.lastReview).toBe(T0 + DAY);
  });
});

describe('cardsFromHistory (migration from the saved history)', () => {
  it("makes a card from each question's last answer, at its attempt's finish time", () => {
    const history = [
      entry('new', T0, { q1: 1, q2: 0.5 }),
      // Saved before points were kept: its misses count as wrong, what it got right is unknown.
      entry('legacy', T0 - 2 * DAY, undefined, ['q1', 'q3']),
    ];
    const cards = cardsFromHistory(history);
    expect(Object.keys(cards).sort()).toEqual(['q1', 'q2', 'q3']);
    // q1: right at T0 (the legacy miss is older) → 3 days. q2: partly right at T0 → 2 days. q3: wrong 2 days before → 1 day after it.
    expect(cards.q1).toMatchObject({ lastReview: T0, due: T0 + 3 * DAY, reps: 1 });
    expect(cards.q2).toMatchObject({ lastReview: T0, due: T0 + 2 * DAY });
    expect(cards.q3).toMatchObject({ lastReview: T0 - 2 * DAY, due: T0 - DAY });
    expect(due(cards, T0).map((c) => c.id)).toEqual(['q3']);
    expect(cardsFromHistory([])).toEqual({});
  });
});

describe('saved cards', () => {
  it('round-trip, keep valid cards beside damaged ones, and leave a newer save alone', () => {
    const cards = review(review({}, 'a', 1, T0), 'b', 0, T0);
    expect(decodeCards(encodeCards(cards))).toEqual({ value: cards, problem: null });
    expect(decodeCards(null)).toEqual({ value: {}, problem: null });
    expect(decodeCards('{')).toEqual({ value: {}, problem: 'corrupt' });
    expect(decodeCards('[1]')).toEqual({ value: {}, problem: 'foreign' });
    expect(decodeCards(JSON.stringify({ v: 2, cards }))).toEqual({ value: {}, problem: 'newer' });
    const damaged = { ...cards, c: { ...cards.a!, id: 'c', state: 7 }, d: { ...cards.a! } };
    expect(decodeCards(JSON.stringify({ v: 1, cards: damaged }))).toEqual({ value: cards, problem: 'corrupt' });
    expect(reviewKey('ai-103')).toBe('ai103-quiz:review');
  });
});
