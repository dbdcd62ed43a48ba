/*
 * A spaced-repetition card as saved: plain JSON (times in ms), one per question of an exam, kept
 * under reviewKey(exam) as { v, cards }. This module has no ts-fsrs in it, so the progress file and
 * anything else can read and check cards without loading the scheduler (review.ts).
 */
import type { Loaded } from './storage';

/** The version of the cards' save, { v, cards }; its own, as cards change apart from attempts. */
export const CARDS_VERSION = 1;

/** ts-fsrs's State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardState = 0 | 1 | 2 | 3;

export interface ReviewCard {
  /** The question id; an exam's cards are kept apart from another's (reviewKey). */
  id: string;
  /** When it is next due (ms). */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** When it was last reviewed (ms); null for a card never reviewed. */
  lastReview: number | null;
}

/** An exam's cards by question id. */
export type ReviewCards = Record<string, ReviewCard>;

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isTime = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 8.64e15;
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 1e6;
const isFinite = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;

export function isReviewCard(x: unknown): x is ReviewCard {
  if (!isObject(x)) return false;
  return (
    typeof x.id === 'string' &&
    x.id.length > 0 &&
    isTime(x.due) &&
    isFinite(x.stability) &&
    isFinite(x.difficulty) &&
    isFinite(x.scheduledDays) &&
    isCount(x.learningSteps) &&
    isCount(x.reps) &&
    isCount(x.lapses) &&
    [0, 1, 2, 3].includes(x.state as number) &&
    (x.lastReview === null || isTime(x.lastReview))
  );
}

/** Cards keyed by their own id, each valid. */
export function isReviewCards(x: unknown): x is ReviewCards {
  return isObject(x) && Object.entries(x).every(([id, c]) => isReviewCard(c) && c.id === id);
}

export function encodeCards(cards: ReviewCards): string {
  return JSON.stringify({ v: CARDS_VERSION, cards });
}

/** Keeps the valid cards of a save; a damaged card is dropped with a 'corrupt' notice, not the rest. */
export function decodeCards(raw: string | null | undefined): Loaded<ReviewCards> {
  if (raw === null || raw === undefined || raw === '') return { value: {}, problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { value: {}, problem: 'corrupt' };
  }
  if (!isObject(data) || !Number.isInteger(data.v)) return { value: {}, problem: 'foreign' };
  if ((data.v as number) > CARDS_VERSION) return { value: {}, problem: 'newer' };
  if ((data.v as number) < CARDS_VERSION) return { value: {}, problem: 'old' };
  if (!isObject(data.cards)) return { value: {}, problem: 'corrupt' };
  const value: ReviewCards = {};
  for (const [id, c] of Object.entries(data.cards)) if (isReviewCard(c) && c.id === id) value[id] = c;
  return { value, problem: Object.keys(value).length === Object.keys(data.cards).length ? null : 'corrupt' };
}

/** The cards due at `now`, most overdue first (earliest due date; then by question id). No ts-fsrs needed. */
export function due(cards: ReviewCards, now: number): ReviewCard[] {
  return Object.values(cards)
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
