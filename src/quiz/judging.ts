/*
 * How much evidence a verdict needs. These are generic rules of thumb for any exam, not exam facts
 * (the pass mark itself comes with the exam): a handful of questions says little about a learner.
 */

/** Fewer questions than this is a drill: it gets a score, never a Pass or Fail, and is not a "best" exam score. */
export const MIN_QUESTIONS_FOR_VERDICT = 10;

/** A domain score resting on fewer questions than this is shown, but called too few to judge. */
export const MIN_QUESTIONS_PER_DOMAIN = 5;

/** An attempt large enough for a pass or fail. */
export const isJudged = (possible: number) => possible >= MIN_QUESTIONS_FOR_VERDICT;
