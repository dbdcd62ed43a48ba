/** The moment every test that fixes the clock starts at (page.clock in e2e, an injected now in unit tests). */
export const TEST_TIME = Date.parse('2026-11-26T09:00:00Z');

/** The seed the tests start every attempt with, through the one global the stores read (stores/attempt.ts). */
export const TEST_SEED = 1;

/**
 * A review card as the quiz saves it after one right answer (Good) at lastReview: FSRS's first stability
 * for Good (w2 = 2.3065), difficulty 2.1181, back three days later (src/quiz/review.ts, worked out by hand
 * in tests/unit/quiz/review.test.ts).
 */
export const goodCard = (id: string, lastReview: number) => ({
  id,
  due: lastReview + 3 * 86_400_000,
  stability: 2.3065,
  difficulty: 2.1181,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview,
});
