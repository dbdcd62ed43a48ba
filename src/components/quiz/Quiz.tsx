/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $announcement } from '../../quiz/stores/announcer';
import { $attempt } from '../../quiz/stores/attempt';
import { $bank, loadBank } from '../../quiz/stores/bank';
import { $storageMode } from '../../quiz/stores/engine';
import { $notices, dismiss, type Notice } from '../../quiz/stores/notice';
// The exam clock runs from the attempt, whatever screen is shown: importing it starts it.
import '../../quiz/stores/clock';
import { $view } from '../../quiz/stores/view';
import type { QuizProps } from './props';
import { Start } from './Start';
import { Runner } from './Runner';

const SUBJECTS = { attempt: 'Your saved quiz', history: 'Your quiz history' };
const PROBLEMS = {
  corrupt: 'could not be read in full; what could not be read was set aside.',
  foreign: 'was not recognised, so it was set aside.',
  old: 'came from an older version of this site and could not be kept.',
  newer: 'came from a newer version of this site. It is kept as it is; what you do here lasts until you close the tab.',
  outdated: 'was updated to match questions that changed since your last visit.',
  clamped: "had times out of range; they were brought back within the exam's length.",
};

export default function Quiz(props: QuizProps) {
  const bank = useStore($bank);
  const attempt = useStore($attempt);
  const storage = useStore($storageMode);
  const notices = useStore($notices);
  const said = useStore($announcement);
  const view = useStore($view);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadBank(props.bankUrl);
  }, [props.bankUrl]);

  // The results screen and the exam tools are chunks fetched on demand (the service worker caches them).
  // A chunk that fails to load says so with a Retry; a retry remounts the runner so it fetches again.
  const [results, setResults] = useState<typeof import('./Results') | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const done = attempt?.phase === 'done';
  const exam = attempt?.mode === 'exam' && !done;
  const fail = (part: string) => () => setFailed(part);
  useEffect(() => {
    if (done && !results) import('./Results').then(setResults, fail('results'));
  }, [done, tries]);
  useEffect(() => {
    if (exam) import('./ExamTools').catch(fail('exam tools'));
  }, [exam, tries]);
  const retry = () => {
    setFailed(null);
    setTries(tries + 1);
    // The Retry button goes away: put focus on the screen's heading rather than lose it.
    setTimeout(() => document.activeElement === document.body && root.current?.querySelector<HTMLElement>('h2')?.focus(), 50);
  };

  let screen;
  if (bank.status === 'error') {
    screen = (
      <p class="quiz-error" role="alert">
        The questions could not be loaded ({bank.message}). Check your connection and reload the page.
      </p>
    );
  } else if (bank.status !== 'ready') {
    screen = <p class="quiz-loading">Loading the questions…</p>;
  } else if (attempt?.phase === 'done') {
    screen = results ? <results.Results {...props} attempt={attempt} /> : !failed && <p class="quiz-loading">Preparing your results…</p>;
  } else if (attempt && view === 'quiz') {
    screen = <Runner key={tries} {...props} attempt={attempt} />;
  } else {
    screen = <Start {...props} />;
  }

  return (
    <div class="quiz" ref={root}>
      {storage !== 'local' && (
        <p class="quiz-notice" role="status">
          {storage === 'full'
            ? "This browser's storage is full: your saved quiz and history were loaded, but new progress may not be kept after you close the tab."
            : 'This browser is not letting the page save your progress (private browsing or full storage). The quiz works, but closing the tab will lose it.'}
        </p>
      )}
      {notices.map((n) => (
        <Dismissable key={n.about} notice={n} />
      ))}
      {failed && (
        <div class="quiz-error" role="alert">
          <p>
            The {failed} could not be loaded. Your answers are kept. Check your connection and retry; if the site was just updated,
            reload the page.
          </p>
          <button type="button" class="button primary" onClick={retry}>
            Retry
          </button>{' '}
          <button type="button" class="button" onClick={() => location.reload()}>
            Reload page
          </button>
        </div>
      )}
      {screen}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {said.text ? <span key={said.n}>{said.text}</span> : null}
      </div>
    </div>
  );
}

function Dismissable({ notice }: { notice: Notice }) {
  return (
    <p class="quiz-notice" role="status" data-about={notice.about}>
      {SUBJECTS[notice.about]} {PROBLEMS[notice.problem]}{' '}
      <button type="button" class="link-button" onClick={() => dismiss(notice.about)}>
        Dismiss
      </button>
    </p>
  );
}
