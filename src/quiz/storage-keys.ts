/**
 * Where an exam's quiz keeps its saved attempt and history in localStorage. The key is the exam id
 * without hyphens, so AI-102 keeps the keys it had before the site covered two exams
 * ('ai102-quiz:attempt', 'ai102-quiz:history') and an attempt in progress still resumes.
 */
export function storageKeys(examId: string): { attempt: string; history: string; versions: string } {
  const prefix = `${examId.replace(/-/g, '')}-quiz`;
  // versions: the question versions an attempt started with (src/quiz/stores/versions.ts).
  return { attempt: `${prefix}:attempt`, history: `${prefix}:history`, versions: `${prefix}:versions` };
}

/**
 * Where an exam's spaced-repetition cards are kept (review-card.ts): `ai103-quiz:review`. Apart from
 * storageKeys() because only the review module, loaded later, reads it.
 */
export function reviewKey(examId: string): string {
  return `${examId.replace(/-/g, '')}-quiz:review`;
}

/** True when this browser saved an attempt or a history for the exam's quiz (a returning reader). */
export function hasSavedQuiz(examId: string): boolean {
  const keys = storageKeys(examId);
  try {
    return localStorage.getItem(keys.attempt) !== null || localStorage.getItem(keys.history) !== null;
  } catch {
    return false;
  }
}
