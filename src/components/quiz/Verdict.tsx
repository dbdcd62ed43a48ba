/** @jsxImportSource preact */
import type { Question } from '../../quiz/bank-schema';
import { partText } from '../../quiz/plain-text';
import type { Response } from '../../quiz/responses';
import { scoreQuestion } from '../../quiz/scoring';
import { verdictOf } from '../../quiz/verdict';

/** The right answer in words, for the live region after a check: plain text made at build, no markup or entity. */
export function describeAnswer(q: Question): string {
  const parts =
    q.type === 'single'
      ? [partText(q, q.answer)]
      : q.type === 'multi' || q.type === 'order'
        ? q.answer.map((id) => partText(q, id))
        : q.type === 'yesno'
          ? q.statements.map((s) => (s.answer ? 'Yes' : 'No'))
          : q.blanks.map((b) => b.answer);
  return `Correct answer: ${parts.join('; ')}.`;
}

/** The partial-credit rule, said once wherever a partial score shows. */
export const PARTIAL_RULE = 'Partial credit: each right part earns its share of the point, and in a multiple choice each wrong pick cancels a right one.';

/** Where the right answer is, in the words of what the learner sees (options by their key number). */
function rightAnswerShort(q: Question, order: string[] = []): string {
  const keys = (ids: string[]) =>
    ids
      .map((id) => order.indexOf(id) + 1)
      .sort((a, b) => a - b)
      .join(', ');
  if (q.type === 'single') return `The answer is ${keys([q.answer])}.`;
  if (q.type === 'multi') return `The answers are ${keys(q.answer)}.`;
  if (q.type === 'order') return 'Each item shows where it belongs.';
  if (q.type === 'yesno') return `The answers are ${q.statements.map((s) => (s.answer ? 'Yes' : 'No')).join(', ')}.`;
  return `The answers are ${q.blanks.map((b) => b.answer).join('; ')}.`;
}

/** The one-line verdict after a check: in words and a symbol, with the right answer when it was missed. */
export function Verdict({ q, response, order }: { q: Question; response: Response | undefined; order?: string[] }) {
  const points = scoreQuestion(q, response);
  const v = verdictOf(points, !!response);
  return (
    <p class={`verdict ${v.kind}`} data-testid="verdict">
      <span aria-hidden="true">{v.symbol} </span>
      {v.words}
      {points < 1 && <span class="verdict-answer"> {rightAnswerShort(q, order)}</span>}
    </p>
  );
}
