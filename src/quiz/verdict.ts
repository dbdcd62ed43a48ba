/*
 * A question's verdict, said the same way on every screen (the bar after a check, the results list,
 * the live region): its kind, a symbol that does not rely on colour, and words.
 */
export type VerdictKind = 'right' | 'partly' | 'wrong';

export interface Verdict {
  kind: VerdictKind;
  symbol: '✓' | '◐' | '✗';
  /** "Correct", "Partly correct (50%)", "Incorrect", or "Not answered" for a question left blank. */
  words: string;
}

/** points: what the question earned, 0 to 1; answered: whether the learner gave any answer. */
export function verdictOf(points: number, answered: boolean): Verdict {
  if (points >= 1) return { kind: 'right', symbol: '✓', words: 'Correct' };
  if (points <= 0) return { kind: 'wrong', symbol: '✗', words: answered ? 'Incorrect' : 'Not answered' };
  return { kind: 'partly', symbol: '◐', words: `Partly correct (${Math.round(points * 100)}%)` };
}
