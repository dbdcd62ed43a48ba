/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { currentId, type Attempt } from '../../quiz/attempt';
import { isComplete } from '../../quiz/responses';
import { scoreQuestion } from '../../quiz/scoring';
import { verdictOf } from '../../quiz/verdict';
import { useQuiz } from './context';
import { LoadError, useChunk } from './lazy';
import { QuestionView } from './QuestionView';
import type { QuizProps } from './props';
import { Verdict, describeAnswer } from './Verdict';
import './runner.css';

const NOT_YET = 'Choose an answer first.';

export function Runner({ attempt }: QuizProps & { attempt: Attempt }) {
  const { $attempt, $questions, $view, announce, dispatch } = useQuiz();
  const questions = useStore($questions);
  const help = useRef<HTMLDialogElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const justChecked = useRef(false);
  const q = questions.get(currentId(attempt))!;
  const exam = attempt.mode === 'exam';
  const n = attempt.questionIds.length;
  const last = attempt.index === n - 1;
  const checked = attempt.checked.includes(q.id);
  const given = attempt.responses[q.id];
  // In practice, an ordering as it starts is an answer too: whoever thinks it right can check it unmoved.
  const start = q.type === 'order' && !exam ? { type: 'order' as const, order: attempt.optionOrder[q.id] ?? [] } : undefined;
  const response = given ?? start;
  const flagged = attempt.flagged.includes(q.id);
  const answered = attempt.questionIds.filter((id) => isComplete(questions.get(id)!, attempt.responses[id])).length;
  // The clock, question map, review screen and shortcut list are a separate chunk, fetched when an attempt starts.
  const toolsChunk = useChunk(() => import('./ExamTools'));
  const tools = toolsChunk.module;
  // The shortcut list lives in that chunk: asked for before it arrives, it opens as soon as it does.
  const helpWanted = useRef(false);
  const openHelp = () => (help.current ? help.current.showModal() : void (helpWanted.current = true));
  useEffect(() => {
    if (tools && helpWanted.current && help.current) {
      helpWanted.current = false;
      help.current.showModal();
    }
  }, [tools]);

  // After a check the controls lock, so focus goes to the button that moves on, and the explanation scrolls into view.
  useLayoutEffect(() => {
    if (!justChecked.current || !checked) return;
    justChecked.current = false;
    primary.current?.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.querySelector(`[data-question="${q.id}"] .reveal`)?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  });

  const check = () => {
    if ($attempt.get()?.checked.includes(q.id)) return;
    // The saved answer, not this render's: a digit then Enter at once must check what the digit chose.
    const saved = $attempt.get()?.responses[q.id];
    const response = saved ?? start;
    if (!response) return announce(NOT_YET);
    if (!saved) dispatch({ type: 'answer', id: q.id, response });
    justChecked.current = true;
    dispatch({ type: 'check' });
    const points = scoreQuestion(q, response);
    const verdict = `${verdictOf(points, true).words}.`;
    announce(points === 1 ? verdict : `${verdict} ${describeAnswer(q)}`);
  };
  const next = () => (last ? (exam ? dispatch({ type: 'review' }) : finish()) : dispatch({ type: 'next' }));
  const finish = () => dispatch({ type: 'submit', now: Date.now() });
  const finishNow = () =>
    Object.keys(attempt.responses).length ? dispatch({ type: 'submit', now: Date.now(), answeredOnly: true }) : announce('Answer at least one question first.');
  const flag = () => {
    dispatch({ type: 'flag', id: q.id });
    announce(flagged ? `Question ${attempt.index + 1} unflagged.` : `Question ${attempt.index + 1} flagged for review.`);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    const tag = target.tagName;
    // A select keeps its letters and arrows, but Enter on it checks the answer like anywhere else.
    if (
      target.closest('dialog') ||
      (tag === 'SELECT' && e.key !== 'Enter') ||
      tag === 'TEXTAREA' ||
      (tag === 'INPUT' && (target as HTMLInputElement).type === 'text')
    )
      return;
    const inInput = tag === 'INPUT';
    const key = e.key;
    if (key === '?') return openHelp();
    if (/^[1-9]$/.test(key) && (q.type === 'single' || q.type === 'multi')) {
      const input = document.querySelectorAll<HTMLInputElement>(`[data-question="${q.id}"] .option input`)[Number(key) - 1];
      if (input && !input.disabled) {
        input.click();
        input.focus();
        e.preventDefault();
      }
    } else if (key === 'Enter' && !target.closest('button, a, summary')) {
      // Enter never skips a question: unanswered, it says so; in practice it checks first, then moves on.
      e.preventDefault();
      if (!exam && !$attempt.get()?.checked.includes(q.id)) check();
      else if (exam && !$attempt.get()?.responses[q.id]) announce(NOT_YET);
      else next();
    } else if ((key === 'f' || key === 'F') && exam) flag();
    else if (key === 'n' || key === 'N' || (key === 'ArrowRight' && !inInput)) {
      if (!last) dispatch({ type: 'next' });
    } else if (key === 'p' || key === 'P' || (key === 'ArrowLeft' && !inInput)) dispatch({ type: 'prev' });
  };

  const toolsFailed = toolsChunk.failed && <LoadError part="exam tools" retry={toolsChunk.retry} />;
  if (attempt.phase === 'review') return tools ? <tools.Review attempt={attempt} questions={questions} answered={answered} /> : toolsFailed || null;

  return (
    <section class="quiz-runner" aria-label={exam ? 'Exam simulation' : 'Practice quiz'} onKeyDown={onKey}>
      {toolsFailed}
      <div class="quiz-bar">
        <p class="progress">
          {exam ? 'Exam simulation' : 'Practice'} · Question {attempt.index + 1} of {n}
        </p>
        <div class="bar-tools">
          <button type="button" class="button small" onClick={openHelp} aria-haspopup="dialog">
            Keyboard shortcuts
          </button>
          {!exam && (
            <button type="button" class="button small" onClick={finishNow}>
              Finish now
            </button>
          )}
          <button type="button" class="button small" onClick={() => $view.set('start')}>
            Back to start
          </button>
        </div>
      </div>
      {tools && <tools.QuestionMap attempt={attempt} questions={questions} />}
      <QuestionView q={q} attempt={attempt} revealed={!exam && checked} number={attempt.index + 1} focusOnChange />
      <div class="quiz-actions action-bar">
        <p class="bar-status">
          <span data-testid="answered">
            Answered {answered} of {n}
          </span>
          {tools && attempt.deadline !== null && <tools.Clock deadline={attempt.deadline} />}
        </p>
        {!exam && checked && <Verdict q={q} response={response} order={attempt.optionOrder[q.id]} />}
        <div class="bar-buttons">
          <button type="button" class="button" onClick={() => dispatch({ type: 'prev' })} disabled={attempt.index === 0}>
            Previous
          </button>
          {exam && (
            <button type="button" class="button" aria-pressed={flagged} onClick={flag}>
              {flagged ? 'Unflag' : 'Flag for review'}
            </button>
          )}
          {!exam && !checked ? (
            <button type="button" class="button primary" onClick={check} aria-disabled={!response}>
              Check answer
            </button>
          ) : (
            <button type="button" class="button primary" onClick={next} ref={primary}>
              {!last ? 'Next question' : exam ? 'Review answers' : 'See results'}
            </button>
          )}
          {exam && !last && (
            <button type="button" class="button" onClick={() => dispatch({ type: 'review' })}>
              Review answers
            </button>
          )}
        </div>
      </div>
      {tools && <tools.Help dialog={help} exam={exam} />}
    </section>
  );
}
