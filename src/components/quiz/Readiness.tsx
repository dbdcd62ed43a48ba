/** @jsxImportSource preact */
/*
 * "Am I ready?" on the start screen and the results (a chunk of its own, loaded once there is a history):
 * the verdict and its numbers in words first, then a meter that shows the same numbers by shape (a hatched
 * band, a solid mark, a dashed line), never by colour alone. The numbers come from src/quiz/readiness.ts.
 */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { readiness, THIN_DOMAIN, type Verdict } from '../../quiz/readiness';
import { useQuiz } from './context';
import { domainName, type QuizProps } from './props';
import './study.css';

export const READINESS_WORDS: Record<Verdict, string> = {
  'not-enough': 'Not enough to tell yet',
  'not-yet': 'Not yet',
  borderline: 'Borderline',
  ready: 'Ready on these questions',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

export function Readiness(props: QuizProps) {
  const { $history, $bank, begin, $view } = useQuiz();
  const history = useStore($history);
  const bank = useStore($bank);
  const questions = bank.status === 'ready' ? bank.bank.questions : null;
  const passLine = props.rules.passPercent / 100;
  const r = useMemo(() => questions && readiness({ history, bank: questions, domains: props.domains, passLine }), [history, questions, passLine]);
  if (!r) return null;
  const { coverage, interval, estimate, verdict, weakest } = r;
  const n = coverage.bankSize;
  const reason: Record<Verdict, string> = {
    'not-enough': `: a verdict needs answers to at least half of the ${n} questions, in every domain.`,
    'not-yet': `: even the top of your likely range is under the pass line of ${pct(passLine)}.`,
    borderline: `: your likely range reaches both sides of the pass line of ${pct(passLine)}.`,
    ready: `: even the bottom of your likely range is over the pass line of ${pct(passLine)}.`,
  };
  const weak = weakest === null ? null : r.domains.find((d) => d.domain === weakest)!;
  const drill = () => {
    begin({ mode: 'practice', size: 'all', domains: [weakest!] });
    $view.set('quiz');
  };
  const at = (x: number) => ({ left: `${(x * 100).toFixed(2)}%` });

  return (
    <section class="quiz-panel readiness" aria-labelledby="readiness-title" data-testid="readiness" data-verdict={verdict}>
      <h3 id="readiness-title" tabIndex={-1}>
        Are you ready?
      </h3>
      <p class="readiness-verdict">
        <strong data-testid="readiness-verdict">{READINESS_WORDS[verdict]}</strong>
        {reason[verdict]}
      </p>
      <ul class="readiness-facts">
        <li data-testid="readiness-estimate">
          Your estimate: {estimate === null ? 'none yet' : <strong>{pct(estimate)}</strong>} of the points, from your latest answer to each question, weighted
          by the exam's domain weights.
        </li>
        <li data-testid="readiness-interval">
          Likely range (80% interval): {pct(interval.low)} to {pct(interval.high)}. Pass line: {pct(passLine)}.
        </li>
        <li data-testid="readiness-coverage">
          {coverage.answered} of {n} questions answered.
        </li>
        {coverage.thin.length > 0 && (
          <li data-testid="readiness-thin">
            Fewer than {THIN_DOMAIN} answers in:{' '}
            {coverage.thin.map((id) => `${id}. ${domainName(props, id)} (${plural(r.domains.find((d) => d.domain === id)!.answered, 'answer')})`).join('; ')}.
          </li>
        )}
      </ul>
      <div class="meter" aria-hidden="true">
        <div class="meter-track">
          <span class="meter-band" style={{ ...at(interval.low), width: `${((interval.high - interval.low) * 100).toFixed(2)}%` }} />
          {estimate !== null && <span class="meter-estimate" style={at(estimate)} />}
          <span class="meter-pass" style={at(passLine)} />
        </div>
        <div class="meter-scale">
          <span>0%</span>
          <span class="meter-pass-label" style={at(passLine)}>
            pass {pct(passLine)}
          </span>
          <span>100%</span>
        </div>
        <p class="meter-legend hint">
          <span class="key band" /> likely range ·{' '}
          {estimate !== null && (
            <>
              <span class="key estimate" /> estimate ·{' '}
            </>
          )}
          <span class="key pass" /> pass line
        </p>
      </div>
      {weak && (
        <p data-testid="readiness-weakest">
          Weakest domain: {weak.domain}. {domainName(props, weak.domain)} ({points(weak.earned)} of {plural(weak.answered, 'point')} from your answers).{' '}
          <button type="button" class="button small" onClick={drill}>
            Drill domain {weak.domain}
          </button>
        </p>
      )}
      <p class="hint">
        This is not Microsoft's scaled score: it is your share of the points on this site's {n} practice questions, and {n} questions cannot predict an exam.
      </p>
    </section>
  );
}
