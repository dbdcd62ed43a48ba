/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $announcement } from '../../quiz/stores/announcer';
import { $attempt } from '../../quiz/stores/attempt';
import { $bank, loadBank } from '../../quiz/stores/bank';
import { $storageMode } from '../../quiz/stores/engine';
import { $loadProblem } from '../../quiz/stores/notice';
import { $view } from '../../quiz/stores/view';
import type { QuizProps } from './props';
import { Start } from './Start';

const PROBLEMS = {
  corrupt: 'Your saved quiz could not be read, so we started fresh.',
  foreign: 'We found saved data we did not recognise, so we started fresh.',
  old: 'Your saved quiz came from an older version of this page, so we started fresh.',
  newer: 'Your saved quiz came from a newer version of this page, so we started fresh.',
  outdated: 'The questions changed since your last visit; your saved quiz was updated to match.',
};

export default function Quiz(props: QuizProps) {
  const bank = useStore($bank);
  const attempt = useStore($attempt);
  const storage = useStore($storageMode);
  const problem = useStore($loadProblem);
  const said = useStore($announcement);
  const view = useStore($view);

  useEffect(() => {
    void loadBank(props.bankUrl);
  }, [props.bankUrl]);

  // The question screen is its own chunk, fetched once the bank is in, while the start screen shows: a first
  // visit needs only the start screen (the service worker caches the chunk).
  const [runner, setRunner] = useState<typeof import('./Runner') | null>(null);
  const ready = bank.status === 'ready';
  useEffect(() => {
    if (ready && !runner) void import('./Runner').then(setRunner);
  }, [ready]);

  // The results screen is its own chunk, fetched when the first attempt ends (the service worker caches it).
  const [results, setResults] = useState<typeof import('./Results') | null>(null);
  const done = attempt?.phase === 'done';
  useEffect(() => {
    if (done && !results) void import('./Results').then(setResults);
  }, [done]);

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
    screen = results ? <results.Results {...props} attempt={attempt} /> : <p class="quiz-loading">Preparing your results…</p>;
  } else if (attempt && view === 'quiz') {
    screen = runner ? <runner.Runner {...props} attempt={attempt} /> : <p class="quiz-loading">Loading the questions…</p>;
  } else {
    screen = <Start {...props} />;
  }

  return (
    <div class="quiz">
      {storage === 'memory' && (
        <p class="quiz-notice" role="status">
          This browser is not letting the page save your progress (private browsing or full storage). The quiz works,
          but closing the tab will lose it.
        </p>
      )}
      {problem && <Dismissable text={PROBLEMS[problem]} />}
      {screen}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {said.text ? <span key={said.n}>{said.text}</span> : null}
      </div>
    </div>
  );
}

function Dismissable({ text }: { text: string }) {
  return (
    <p class="quiz-notice" role="status">
      {text}{' '}
      <button type="button" class="link-button" onClick={() => $loadProblem.set(null)}>
        Dismiss
      </button>
    </p>
  );
}
