/** @jsxImportSource preact */
// An attempt's tools (exam clock, question map, exam review screen, shortcut list), loaded by the question screen
// (Runner.tsx): the start screen, which every first visit shows, does without them. The clock's ticking is a store's.
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import type { Attempt } from '../../quiz/attempt';
import type { Question } from '../../quiz/bank-schema';
import { isComplete } from '../../quiz/responses';
import { useQuiz } from './context';
import { formatClock, remainingMs } from '../../quiz/timer';
import { useFocusOn } from './focus';
import './exam-tools.css';

export { Help } from './Help';

export function Clock({ deadline }: { deadline: number }) {
  const now = useStore(useQuiz().$now);
  const left = remainingMs(deadline, now);
  return (
    <span class={`clock${left < 5 * 60_000 ? ' low' : ''}`}>
      <span class="visually-hidden">Time left: </span>
      <span role="timer" aria-label="Time left" data-testid="clock">
        {formatClock(left)}
      </span>
    </span>
  );
}

export function statusOf(a: Attempt, q: Question) {
  return { answered: isComplete(q, a.responses[q.id]), started: !!a.responses[q.id], flagged: a.flagged.includes(q.id) };
}

export function statusLabel(s: ReturnType<typeof statusOf>) {
  return `${s.answered ? 'answered' : s.started ? 'partly answered' : 'unanswered'}${s.flagged ? ', flagged' : ''}`;
}

export function QuestionMap({ attempt, questions }: { attempt: Attempt; questions: ReadonlyMap<string, Question> }) {
  const { dispatch } = useQuiz();
  return (
    <nav class="qmap" aria-label="Question map">
      <ol>
        {attempt.questionIds.map((id, i) => {
          const s = statusOf(attempt, questions.get(id)!);
          return (
            <li key={id}>
              <button
                type="button"
                class={`qmap-item${s.answered ? ' answered' : s.started ? ' partial' : ''}${s.flagged ? ' flagged' : ''}`}
                aria-current={i === attempt.index ? 'step' : undefined}
                aria-label={`Question ${i + 1}: ${statusLabel(s)}`}
                onClick={() => dispatch({ type: 'go', index: i })}
              >
                {i + 1}
                {s.flagged && <span aria-hidden="true">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p class="qmap-legend" aria-hidden="true">
        <span class="qmap-item answered">1</span> answered <span class="qmap-item">1</span> unanswered <span class="qmap-item flagged">1⚑</span> flagged
      </p>
    </nav>
  );
}

/** Exam mode's last screen before submitting: what is unanswered or flagged, and a way back to it. */
export function Review({ attempt, questions, answered }: { attempt: Attempt; questions: ReadonlyMap<string, Question>; answered: number }) {
  const { dispatch } = useQuiz();
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
      <div class="quiz-actions action-bar">
        <p class="bar-status">
          <span>
            Answered {answered} of {rows.length}
          </span>
          {attempt.deadline !== null && <Clock deadline={attempt.deadline} />}
        </p>
        <div class="bar-buttons">
          <button type="button" class="button" onClick={() => dispatch({ type: 'go', index: attempt.index })}>
            Back to the questions
          </button>
          <button type="button" class="button primary" onClick={() => dispatch({ type: 'submit', now: Date.now() })}>
            Submit answers
          </button>
        </div>
      </div>
    </section>
  );
}
