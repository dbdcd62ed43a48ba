/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { Attempt } from '../../quiz/attempt';
import { trend } from '../../quiz/history';
import { PASS_PERCENT } from '../../quiz/scoring';
import { $lastMissed, $score, begin, leave } from '../../quiz/stores/attempt';
import { $questions } from '../../quiz/stores/bank';
import { $history } from '../../quiz/stores/history';
import { $view } from '../../quiz/stores/view';
import { spokenDuration } from '../../quiz/timer';
import { Offer } from './Offer';
import { domainName, type QuizProps } from './props';
import { QuestionView } from './QuestionView';
import { useFocusOn } from './focus';

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));
const when = (t: number) => new Date(t).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function Results(props: QuizProps & { attempt: Attempt }) {
  const { attempt } = props;
  const score = useStore($score)!;
  const questions = useStore($questions);
  const history = useStore($history);
  const missed = useStore($lastMissed);
  const [onlyMissed, setOnlyMissed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOn(heading, 'results');
  const t = trend(history);
  const again = (options: Parameters<typeof begin>[0]) => {
    begin(options);
    $view.set('quiz');
  };
  const shown = attempt.questionIds.filter((id) => !onlyMissed || score.missed.includes(id));

  return (
    <section class="quiz-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        Your results
      </h2>
      <div class={`score-card ${score.passed ? 'pass' : 'fail'}`}>
        <p class="score" data-testid="score">
          {score.percent}%
        </p>
        <p>
          <strong>{score.passed ? 'Pass' : 'Below the pass line'}</strong>: {points(score.earned)} of {score.possible} points
          {attempt.timedOut && ' (time ran out; unanswered questions scored zero)'}.
        </p>
        <p class="hint">
          The pass line here is {PASS_PERCENT}%, an approximation: the real exam reported a scaled score where 700 of 1000
          passed, and it did not weigh every question the same.
        </p>
        <p>
          Time taken: {spokenDuration((attempt.finishedAt ?? attempt.startedAt) - attempt.startedAt)} · {attempt.mode === 'exam' ? 'Exam simulation' : 'Practice'}
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
                {d.percent}% ({points(d.earned)}/{d.possible})
              </span>
            </div>
            <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
              <rect class="track" width="100" height="6" />
              <rect class="fill" width={d.percent} height="6" />
              <line class="pass" x1={PASS_PERCENT} x2={PASS_PERCENT} y1="0" y2="6" />
            </svg>
            <p class="domain-links">
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

      {props.offer && <Offer {...props.offer} />}

      {history.length > 0 && (
        <>
          <h3>Your last {history.length === 1 ? 'attempt' : `${history.length} attempts`}</h3>
          {t && t.change !== null && (
            <p>
              {t.change >= 0 ? `Up ${t.change}` : `Down ${-t.change}`} points against your earlier average · best {t.best}% · average {t.average}%
            </p>
          )}
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Attempt history (scrolls sideways)">
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
                {history.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">{when(h.finishedAt)}</th>
                    <td>{h.mode === 'exam' ? 'Exam' : 'Practice'}</td>
                    <td class="num">
                      {h.percent}% ({points(h.earned)}/{h.possible})
                    </td>
                    <td>{h.passed ? 'Pass' : 'Below'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h3>Every question, with the answers</h3>
      <label class="choice no-print">
        <input type="checkbox" checked={onlyMissed} onChange={() => setOnlyMissed(!onlyMissed)} />
        <span>Show only the questions I did not get fully right ({score.missed.length})</span>
      </label>
      <div class="full-review">
        {shown.map((id) => (
          <QuestionView key={id} q={questions.get(id)!} attempt={attempt} revealed readOnly number={attempt.questionIds.indexOf(id) + 1} />
        ))}
      </div>
    </section>
  );
}
