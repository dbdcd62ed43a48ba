/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Attempt } from '../../quiz/attempt';
import { isDrill, trend } from '../../quiz/history';
import { MIN_QUESTIONS_FOR_VERDICT, MIN_QUESTIONS_PER_DOMAIN } from '../../quiz/judging';
import { spokenDuration } from '../../quiz/timer';
import { verdictOf } from '../../quiz/verdict';
import { useQuiz } from './context';
import { Offer } from './Offer';
import { domainName, type QuizProps } from './props';
import { QuestionView } from './QuestionView';
import { PARTIAL_RULE } from './Verdict';
import { useFocusOn } from './focus';
import '../../styles/tables.css';
import './results.css';
import { ReadinessFailed, useChunk } from './lazy';
import { reviewDay, shortDay } from './review-day';
import type { ReviewCards } from '../../quiz/review-card';

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));
const when = (t: number) => new Date(t).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
type Filter = 'all' | 'missed' | 'flagged';
const SHOWN_HISTORY = 5;

export function Results(props: QuizProps & { attempt: Attempt }) {
  const { attempt } = props;
  const { $score, $questions, $history, $lastMissed, $view, $cards, begin, leave } = useQuiz();
  const { passPercent, passMark } = props.rules;
  const score = useStore($score)!;
  const questions = useStore($questions);
  const history = useStore($history);
  const missed = useStore($lastMissed);
  const cards = useStore($cards);
  const readiness = useChunk(() => import('./Readiness'));
  const [filter, setFilter] = useState<Filter>('all');
  const [allHistory, setAllHistory] = useState(false);
  // Printing gives the summary and the questions not fully right, in full; they are rendered only for print.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', off);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', off);
    };
  }, []);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOn(heading, 'results');
  const t = trend(history);
  const again = (options: Parameters<typeof begin>[0]) => {
    begin(options);
    $view.set('quiz');
  };
  const partly = Object.values(score.perQuestion).some((p) => p > 0 && p < 1);
  const ids = attempt.questionIds;
  const lists: Record<Filter, string[]> = {
    all: ids,
    missed: ids.filter((id) => score.missed.includes(id)),
    flagged: ids.filter((id) => attempt.flagged.includes(id)),
  };
  const FILTERS: [Filter, string][] = [
    ['all', 'All'],
    ['missed', 'Not fully right'],
    ['flagged', 'Flagged'],
  ];

  return (
    <section class="quiz-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        Your results
      </h2>
      <div class={`score-card ${!score.judged ? 'drill' : score.passed ? 'pass' : 'fail'}`}>
        <p class="score" data-testid="score">
          {score.percent}%
        </p>
        <p data-testid="verdict-line">
          {score.judged ? <strong>{score.passed ? 'Pass' : 'Below the pass line'}</strong> : <strong>Practice drill</strong>}: {points(score.earned)} of{' '}
          {score.possible} points
          {attempt.timedOut && ' (time ran out; unanswered questions scored zero)'}.
        </p>
        <p class="hint">
          {score.judged
            ? `The pass line here is ${passPercent}%, an approximation: ${passMark}.`
            : `${plural(score.possible, 'question')} ${score.possible === 1 ? 'is' : 'are'} too few for a pass or fail: that takes at least ${MIN_QUESTIONS_FOR_VERDICT}. The pass line is ${passPercent}%.`}
          {partly && ` ${PARTIAL_RULE}`}
        </p>
        <p>
          Time taken: {spokenDuration((attempt.finishedAt ?? attempt.startedAt) - attempt.startedAt)} ·{' '}
          {attempt.mode === 'exam' ? 'Exam simulation' : 'Practice'}
        </p>
      </div>

      <h3>By domain, weakest first</h3>
      <ul class="domain-bars">
        {score.domains.map((d) => (
          <li key={d.domain}>
            <div class="domain-head">
              <span>
                {d.domain}. {domainName(props, d.domain)}
              </span>
              <span>
                {d.percent}% · {plural(d.possible, 'question')}
              </span>
            </div>
            <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
              <rect class="track" width="100" height="6" />
              <rect class="fill" width={d.percent} height="6" />
              <line class="pass" x1={passPercent} x2={passPercent} y1="0" y2="6" />
            </svg>
            <p class="domain-links">
              {d.possible < MIN_QUESTIONS_PER_DOMAIN && <span class="few">Too few to judge.</span>}
              <a href={`${props.guideUrl}#domain-${d.domain}`}>What this domain covers</a>
              <button type="button" class="link-button" onClick={() => again({ mode: 'practice', size: 'all', domains: [d.domain] })}>
                Drill this domain
              </button>
            </p>
          </li>
        ))}
      </ul>

      <div class="quiz-actions no-print">
        {missed.length > 0 && (
          <button type="button" class="button primary" onClick={() => again({ mode: 'practice', size: 'all', ids: missed })}>
            Retry the {missed.length} I missed
          </button>
        )}
        <button type="button" class="button" onClick={() => leave()}>
          New quiz
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print results
        </button>
      </div>

      <h3 id="answers-title">Your answers</h3>
      <fieldset class="answer-filter no-print">
        <legend>Show</legend>
        {FILTERS.map(([f, label]) => (
          <label class="choice inline" key={f}>
            <input type="radio" name="answer-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            <span>
              {label} ({lists[f].length})
            </span>
          </label>
        ))}
      </fieldset>
      <ol class="answer-list no-print" aria-labelledby="answers-title">
        {lists[filter].map((id) => (
          <AnswerItem key={id} id={id} {...props} questions={questions} points={score.perQuestion[id] ?? 0} cards={cards} />
        ))}
      </ol>
      {lists[filter].length === 0 && <p class="no-print">None.</p>}
      {printing && (
        <div class="print-review">
          {lists.missed.map((id) => (
            <QuestionView key={id} q={questions.get(id)!} attempt={attempt} revealed readOnly number={ids.indexOf(id) + 1} />
          ))}
        </div>
      )}

      {readiness.module && <readiness.module.Readiness {...props} />}
      {readiness.failed && <ReadinessFailed retry={readiness.retry} />}

      {history.length > 0 && (
        <>
          <h3>Your last {history.length === 1 ? 'attempt' : `${history.length} attempts`}</h3>
          {t && t.change !== null && (
            <p>
              {t.change >= 0 ? `Up ${t.change}` : `Down ${-t.change}`} points against your earlier average
              {t.best !== null && ` · best exam-length score ${t.best}%`} · average {t.average}%
            </p>
          )}
          {/* On phones each attempt reads as a labelled card (.cards in global.css): every column in view. */}
          <div class="table-scroll cards" tabIndex={0} role="region" aria-label="Attempt history">
            <table>
              <caption>Attempt history, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Finished</th>
                  <th scope="col">Mode</th>
                  <th scope="col">Score</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {history.slice(0, allHistory ? undefined : SHOWN_HISTORY).map((h) => (
                  <tr key={h.id}>
                    <th scope="row">{when(h.finishedAt)}</th>
                    <td data-label="Mode">{isDrill(h) ? 'Practice drill' : h.mode === 'exam' ? 'Exam' : 'Practice'}</td>
                    <td class="num" data-label="Score">
                      {h.percent}% ({points(h.earned)}/{h.possible})
                    </td>
                    <td data-label="Result">{isDrill(h) ? 'No verdict (too few questions)' : h.passed ? 'Pass' : 'Below'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {history.length > SHOWN_HISTORY && !allHistory && (
            <button type="button" class="link-button no-print" onClick={() => setAllHistory(true)}>
              Show all {history.length} attempts
            </button>
          )}
        </>
      )}

      {props.offer && <Offer {...props.offer} />}
    </section>
  );
}

/** One line per question (number, domain, verdict, flag) that opens to the question with its answers. */
function AnswerItem(
  props: QuizProps & {
    id: string;
    attempt: Attempt;
    questions: ReadonlyMap<string, import('../../quiz/bank-schema').Question>;
    points: number;
    cards: ReviewCards | null;
  },
) {
  const { id, attempt, questions, points: p } = props;
  // The card this attempt scheduled (reviewed at its finish): when a question not fully right comes back.
  const card = props.cards?.[id];
  const back = p < 1 && card && card.lastReview === attempt.finishedAt ? card.due : null;
  const [open, setOpen] = useState(false);
  const q = questions.get(id)!;
  const n = attempt.questionIds.indexOf(id) + 1;
  const flagged = attempt.flagged.includes(id);
  const v = verdictOf(p, !!attempt.responses[id]);
  return (
    <li data-question={id} data-result={v.kind} class={open ? 'open' : undefined}>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="num">{n}</span>
          <span class="dom" title={domainName(props, q.domain)}>
            <span aria-hidden="true">D{q.domain}</span>
            <span class="visually-hidden">
              Domain {q.domain}, {domainName(props, q.domain)}:
            </span>
          </span>
          <span class={`verdict-word ${v.kind}`}>
            <span aria-hidden="true">{v.symbol} </span>
            {v.words}
          </span>
          {flagged && (
            <span class="flag">
              <span aria-hidden="true">⚑</span>
              <span class="visually-hidden">, flagged</span>
            </span>
          )}
          {back !== null && (
            <span class="back" data-testid="back-for-review" title={`Back for review on ${reviewDay(back)}`}>
              <span class="visually-hidden">, back for review on {reviewDay(back)}</span>
              {/* Short, so a card keeps to two lines: "Back 7 Dec". */}
              <span aria-hidden="true">Back {shortDay(back)}</span>
            </span>
          )}
        </summary>
        {open && <QuestionView q={q} attempt={attempt} revealed readOnly number={n} />}
      </details>
    </li>
  );
}
