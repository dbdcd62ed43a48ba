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

/**
 * The keys for the quiz on this page. The stores are created when their module loads, before the
 * island renders, so they read the exam id from the island's wrapper (`data-quiz-exam`), which the
 * quiz page renders from the same exam it passes to the island.
 */
export function pageStorageKeys(): ReturnType<typeof storageKeys> {
  const holder = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('[data-quiz-exam]');
  return storageKeys(holder?.dataset.quizExam ?? 'quiz');
}

/** True when this browser saved an attempt or a history for the quiz on this page (a returning reader). */
export function hasSavedQuiz(): boolean {
  const keys = pageStorageKeys();
  try {
    return localStorage.getItem(keys.attempt) !== null || localStorage.getItem(keys.history) !== null;
  } catch {
    return false;
  }
}
