/** @jsxImportSource preact */
import { useRef } from 'preact/hooks';
import type { Attempt } from '../../quiz/attempt';
import type { Question } from '../../quiz/bank-schema';
import { dispatch } from '../../quiz/stores/attempt';
import { statusLabel, statusOf } from './Runner';
import { useFocusOn } from './focus';

/** Exam mode's last screen before submitting: what is unanswered or flagged, and a way back to it. */
export function Review({ attempt, questions }: { attempt: Attempt; questions: ReadonlyMap<string, Question> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOn(heading, 'review');
  const rows = attempt.questionIds.map((id, i) => ({ i, q: questions.get(id)!, s: statusOf(attempt, questions.get(id)!) }));
  const open = rows.filter((r) => !r.s.answered).length;
  const flagged = rows.filter((r) => r.s.flagged).length;
  return (
    <section class="quiz-review" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        Review your answers
      </h2>
      <p>
        {rows.length - open} of {rows.length} answered · {open} unanswered or incomplete · {flagged} flagged.
        {open > 0 && ' Unanswered parts score zero.'}
      </p>
      <ol class="review-list">
        {rows.map(({ i, s }) => (
          <li key={i}>
            <button type="button" class="link-button" onClick={() => dispatch({ type: 'go', index: i })}>
              Question {i + 1}
            </button>{' '}
            <span class={`status${s.answered ? '' : ' open'}`}>{statusLabel(s)}</span>
          </li>
        ))}
      </ol>
      <div class="quiz-actions">
        <button type="button" class="button" onClick={() => dispatch({ type: 'go', index: attempt.index })}>
          Back to the questions
        </button>
        <button type="button" class="button primary" onClick={() => dispatch({ type: 'submit', now: Date.now() })}>
          Submit answers
        </button>
      </div>
    </section>
  );
}
