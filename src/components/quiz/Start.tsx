/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Mode } from '../../quiz/attempt';
import { formatClock, remainingMs, spokenDuration } from '../../quiz/timer';
import { useQuiz } from './context';
import { Offer } from './Offer';
import type { QuizProps } from './props';
import { useFocusOn } from './focus';
import './start.css';
import { ReadinessFailed, useChunk } from './lazy';
import { ProgressTools } from './ProgressTools';
import { reviewDay } from './review-day';

export function Start(props: QuizProps) {
  const { $attempt, $lastMissed, $now, $view, begin, loadBank, $due, $cards, $history, $bank, refreshReviewNow, migrate } = useQuiz();
  const attempt = useStore($attempt);
  const dueCards = useStore($due);
  const cards = useStore($cards);
  const history = useStore($history);
  const bank = useStore($bank);
  // Due cards are counted at the time the start screen shows, and again when the tab is shown after a while.
  useEffect(() => {
    refreshReviewNow();
    void migrate();
    const onVisible = () => document.visibilityState === 'visible' && refreshReviewNow();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const readiness = useChunk(() => import('./Readiness'), history.length > 0 && bank.status === 'ready');
  const upcoming = cards ? Object.values(cards).reduce<number | null>((t, c) => (t === null || c.due < t ? c.due : t), null) : null;
  const missed = useStore($lastMissed);
  const now = useStore($now);
  const [mode, setMode] = useState<Mode>('practice');
  const [domains, setDomains] = useState<number[]>(props.domains.map((d) => d.id));
  const [size, setSize] = useState<'10' | '20' | 'all'>('10');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOn(heading, 'start');

  const pool = props.domains.filter((d) => domains.includes(d.id)).reduce((s, d) => s + d.count, 0);
  const count = size === 'all' ? pool : Math.min(Number(size), pool);
  const toggle = (id: number) => setDomains((ds) => (ds.includes(id) ? ds.filter((d) => d !== id) : [...ds, id]));
  const unfinished = attempt && attempt.phase !== 'done' ? attempt : null;
  const all = domains.length === props.domains.length;
  const { secondsPerQuestion } = props.rules;
  const perQuestion = spokenDuration(secondsPerQuestion * 1000);

  // On a first visit the bank may still be on its way: wait for it, then start.
  const go = async (options: Parameters<typeof begin>[0]) => {
    await loadBank();
    begin(options);
    $view.set('quiz');
  };
  const start = (e: Event) => {
    e.preventDefault();
    if (count > 0) void go({ mode, size: size === 'all' ? 'all' : Number(size), domains: all ? undefined : domains });
  };
  /** A practice attempt over these questions: the due ones (most overdue first) or a drill. */
  const practise = (ids: string[], inOrder = false) => go({ mode: 'practice', size: 'all', ids, inOrder });

  return (
    <section class="quiz-start" aria-labelledby="quiz-start-title">
      <h2 id="quiz-start-title" tabIndex={-1} ref={heading}>
        Set up your practice quiz
      </h2>
      {unfinished && (
        <div class="quiz-panel resume">
          <p>
            You have an unfinished {unfinished.mode} quiz: question {unfinished.index + 1} of {unfinished.questionIds.length}
            {unfinished.deadline !== null && `, ${formatClock(remainingMs(unfinished.deadline, now))} left`}.
          </p>
          <button type="button" class="button primary" onClick={() => $view.set('quiz')}>
            Resume quiz
          </button>
        </div>
      )}
      {/* The Start button comes first, so it is in sight on arrival; the set-up below it can change what it starts. */}
      <form onSubmit={start} class="quiz-form">
        <div class="start-row">
          <button type="submit" class="button primary" disabled={count === 0} aria-describedby="quiz-summary">
            Start {mode === 'exam' ? 'exam simulation' : 'practice'}
          </button>
          <p class="quiz-summary" id="quiz-summary" aria-live="polite">
            {count === 0
              ? 'Choose at least one domain.'
              : `${count} question${count > 1 ? 's' : ''}${mode === 'exam' ? `, ${spokenDuration(count * secondsPerQuestion * 1000)}` : ''} from ${all ? 'every domain' : `${domains.length} domain${domains.length > 1 ? 's' : ''}`}; change the set-up below.`}
          </p>
        </div>
        {unfinished && <p class="hint">Starting a new quiz replaces the unfinished one.</p>}
        <fieldset>
          <legend>Mode</legend>
          <label class="choice">
            <input type="radio" name="mode" value="practice" checked={mode === 'practice'} onChange={() => setMode('practice')} />
            <span>
              <strong>Practice</strong>: check each answer as you go, with feedback on every option; finish whenever you like.
            </span>
          </label>
          <label class="choice">
            <input type="radio" name="mode" value="exam" checked={mode === 'exam'} onChange={() => setMode('exam')} />
            <span>
              <strong>Exam simulation</strong>: timed, {perQuestion} a question; results at the end.
            </span>
          </label>
          {/* Apart from the label, so no block of the start screen outgrows the page's heading (its first paint). */}
          <p class="hint" data-testid="timing">
            Why {perQuestion}: {props.rules.timing}.
          </p>
        </fieldset>
        <fieldset>
          <legend>Domains</legend>
          {props.domains.map((d) => (
            <label class="choice" key={d.id}>
              <input type="checkbox" name="domain" value={d.id} checked={domains.includes(d.id)} onChange={() => toggle(d.id)} />
              <span>
                {d.id}. {d.name} ({d.count})
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Length</legend>
          {(['10', '20', 'all'] as const).map((s) => (
            <label class="choice inline" key={s}>
              <input type="radio" name="size" value={s} checked={size === s} onChange={() => setSize(s)} />
              <span>{s === 'all' ? `All (${pool})` : `${s} questions`}</span>
            </label>
          ))}
        </fieldset>
      </form>
      {missed.length > 0 && (
        <div class="quiz-panel">
          <p>
            Your last attempt missed {missed.length} question{missed.length > 1 ? 's' : ''}.
          </p>
          <button
            type="button"
            class="button"
            onClick={() => {
              begin({ mode: 'practice', size: 'all', ids: missed });
              $view.set('quiz');
            }}
          >
            Retry the {missed.length} I missed
          </button>
        </div>
      )}
      {(dueCards.length > 0 || upcoming !== null) && (
        <div class="quiz-panel" data-testid="review">
          <h3>Review</h3>
          {dueCards.length > 0 ? (
            <>
              <p data-testid="due-count">
                <strong>
                  {dueCards.length} question{dueCards.length > 1 ? 's' : ''} due for review
                </strong>
                : asked most overdue first, with feedback after each.
              </p>
              <button
                type="button"
                class="button"
                onClick={() =>
                  practise(
                    dueCards.map((c) => c.id),
                    true,
                  )
                }
              >
                Review the {dueCards.length} due
              </button>
            </>
          ) : (
            <p data-testid="due-count">No questions due for review. The next come back on {reviewDay(upcoming!)}.</p>
          )}
        </div>
      )}
      {props.drill && props.drill.ids.length > 0 && (
        <div class="quiz-panel" data-testid="drill">
          <p>
            {props.drill.label} ({props.drill.ids.length} questions).
          </p>
          <button type="button" class="button" onClick={() => practise(props.drill!.ids)}>
            Practise these {props.drill.ids.length}
          </button>
        </div>
      )}
      {readiness.module && history.length > 0 && <readiness.module.Readiness {...props} />}
      {readiness.failed && history.length > 0 && <ReadinessFailed retry={readiness.retry} />}
      <ProgressTools {...props} />
      {props.offer && <Offer {...props.offer} />}
    </section>
  );
}
