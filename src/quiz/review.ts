/*
 * Spaced repetition over the question bank with FSRS (ts-fsrs): one card per question of an exam,
 * rated from how the learner did. The only module that imports ts-fsrs: load it with import() when
 * the learner asks for reviews, never from the quiz's first chunk. Pure: time comes in as `now` (ms).
 *
 * Rating: 0 points → Again, between 0 and 1 → Hard (partly right), 1 → Good. Easy is never given:
 * a quiz cannot tell an easy right answer from a lucky one.
 *
 * Settings (SCHEDULER), and why:
 * - request_retention 0.9: FSRS's default, the retention its default weights were fitted for. It also
 *   keeps a first right answer's interval above a day: FSRS-6's first stability for Good is 2.31 days,
 *   and at 0.9 the interval equals the stability (rounded to 2, then kept above Hard's, so 3 days). At
 *   0.95 that interval would be 0.93 days, rounded to 1: a right answer would come back as soon as a
 *   wrong one.
 * - enable_short_term false: intervals in whole days, no (re)learning steps in minutes. Learners come
 *   back to the quiz in sessions, a day or more apart; asking again ten minutes after the explanation
 *   was read tests only that they just read it. So a new card's first answer is due in 1 day (wrong,
 *   Again: stability 0.21 days, rounded up to the 1-day floor), 2 days (partly right, Hard) or 3 days
 *   (right, Good): a wrong answer is due within a day, a right one waits more than a day.
 * - maximum_interval 30 days: this is exam preparation, weeks not years: a question answered right
 *   many times still comes back within about a month (ts-fsrs keeps Good one day above Hard, so a
 *   card at the cap can show 31).
 * - enable_fuzz false: no random spread of due dates, so the same answers give the same schedule
 *   (tests, and two devices merging their cards).
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { latestAnswers } from './answers';
import type { HistoryEntry } from './record';
import type { CardState, ReviewCard, ReviewCards } from './review-card';

export type { ReviewCard, ReviewCards } from './review-card';
// due() lives with the saved cards, so the start screen counts due cards without loading ts-fsrs.
export { due } from './review-card';

export const SCHEDULER = { request_retention: 0.9, maximum_interval: 30, enable_fuzz: false, enable_short_term: false } as const;

const scheduler = fsrs(SCHEDULER);

/** The rating a question's points earn: wrong → Again, partly right → Hard, right → Good. */
export function ratingFor(points: number): Grade {
  if (!(points >= 0 && points <= 1)) throw new RangeError(`points must be between 0 and 1, not ${points}`);
  return points === 0 ? Rating.Again : points === 1 ? Rating.Good : Rating.Hard;
}

function toFsrs(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5; it works from last_review
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
  };
}

function fromFsrs(id: string, c: Card): ReviewCard {
  return {
    id,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardState,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/**
 * The cards after the learner answered `questionId` with `points` at `now`: its card (a new one the
 * first time) is rated and rescheduled; the others are untouched. A `now` before the card's last
 * review (a clock set back, cards merged from another device) counts as that last review's time.
 */
export function review(cards: ReviewCards, questionId: string, points: number, now: number): ReviewCards {
  return { ...cards, [questionId]: reviewCard(cards[questionId], questionId, points, now) };
}

/** The cards after a finished attempt: each answered question's card rated from its points, in one copy. */
export function reviewAll(cards: ReviewCards, points: Readonly<Record<string, number>>, now: number): ReviewCards {
  const next = { ...cards };
  for (const [id, p] of Object.entries(points)) next[id] = reviewCard(cards[id], id, p, now);
  return next;
}

/** One card after an answer: `saved` rescheduled, or a new card's first review. */
function reviewCard(saved: ReviewCard | undefined, questionId: string, points: number, now: number): ReviewCard {
  const grade = ratingFor(points);
  const at = Math.max(now, saved?.lastReview ?? now);
  const card = saved ? toFsrs(saved) : createEmptyCard(new Date(at));
  return fromFsrs(questionId, scheduler.next(card, new Date(at), grade).card);
}

/** When the card is next due (ms). */
export function nextDue(card: ReviewCard): number {
  return card.due;
}

/**
 * Cards for a learner who has a history but no cards yet: each question's last answer in the saved
 * history, reviewed at its attempt's finish time. Entries saved before per-question points were kept
 * list only their misses: each counts as wrong (Again; partly right ones cannot be told apart), and
 * the questions they got right get no card (they are not known), so they come up as new ones.
 */
export function cardsFromHistory(history: readonly HistoryEntry[]): ReviewCards {
  const cards: ReviewCards = {};
  for (const a of latestAnswers(history, { legacyMisses: true }).values()) cards[a.questionId] = reviewCard(undefined, a.questionId, a.points, a.at);
  return cards;
}
