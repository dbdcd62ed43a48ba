/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $announcement } from '../../quiz/stores/announcer';
import { $attempt } from '../../quiz/stores/attempt';
import { $bank, loadBank } from '../../quiz/stores/bank';
import { $storageMode } from '../../quiz/stores/engine';
import { $notices } from '../../quiz/stores/notice';
import { $view } from '../../quiz/stores/view';
import { hasSavedQuiz } from '../../quiz/storage-keys';
import type { QuizProps } from './props';
import { Start } from './Start';
import './quiz.css';

export default function Quiz(props: QuizProps) {
  const bank = useStore($bank);
  const attempt = useStore($attempt);
  const storage = useStore($storageMode);
  const notices = useStore($notices);
  const said = useStore($announcement);
  const view = useStore($view);

  // The bank is the page's largest download. A returning reader needs it at once (to resume or retry);
  // on a first visit it waits until the reader reaches for the quiz (pointer, key or focus inside it).
  const root = useRef<HTMLDivElement>(null);
  const [returning] = useState(hasSavedQuiz);
  useEffect(() => {
    const load = () => void loadBank(props.bankUrl);
    if (returning) return load();
    const el = root.current;
    const events = ['pointerdown', 'pointerover', 'keydown', 'focusin'] as const;
    events.forEach((e) => el?.addEventListener(e, load, { once: true, passive: true }));
    return () => events.forEach((e) => el?.removeEventListener(e, load));
  }, [props.bankUrl]);

  // The question screen is its own chunk, fetched once the bank is in, while the start screen shows: a first
  // visit needs only the start screen (the service worker caches the chunk). The results screen and the
  // exam tools are chunks too. A chunk that fails to load says so with a Retry, which fetches it again.
  const [runner, setRunner] = useState<typeof import('./Runner') | null>(null);
  const ready = bank.status === 'ready';
  const [results, setResults] = useState<typeof import('./Results') | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const done = attempt?.phase === 'done';
  const exam = attempt?.mode === 'exam' && !done;
  const fail = (part: string) => () => setFailed(part);
  const [notes, setNotes] = useState<typeof import('./Notices') | null>(null);
  const noting = storage !== 'local' || notices.length > 0;
  useEffect(() => {
    if (noting && !notes) import('./Notices').then(setNotes, () => undefined);
  }, [noting]);
  useEffect(() => {
    if (ready && !runner) import('./Runner').then(setRunner, fail('questions'));
  }, [ready, tries]);
  useEffect(() => {
    if (done && !results) import('./Results').then(setResults, fail('results'));
  }, [done, tries]);
  // Loaded whenever an exam is unfinished, whatever the view: the exam tools start the attempt's clock (stores/clock.ts).
  useEffect(() => {
    if (exam) import('./ExamTools').catch(fail('exam tools'));
  }, [exam, tries]);
  // The message shows where the learner is looking, even when the question above scrolled it away.
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => alert.current?.scrollIntoView({ block: 'start' }), [failed]);
  // The remounted screen (results, review, question) takes focus from the Retry button as it appears.
  const retry = () => {
    setFailed(null);
    setTries(tries + 1);
  };

  let screen;
  if (bank.status === 'error') {
    screen = (
      <p class="quiz-error" role="alert">
        The questions could not be loaded ({bank.message}). Check your connection and reload the page.
      </p>
    );
  } else if (bank.status !== 'ready' && returning) {
    screen = <p data-quiz-loading>Loading the questions…</p>;
  } else if (attempt?.phase === 'done') {
    screen = results ? <results.Results {...props} attempt={attempt} /> : !failed && <p data-quiz-loading>Preparing your results…</p>;
  } else if (attempt && view === 'quiz') {
    screen = runner ? <runner.Runner key={tries} {...props} attempt={attempt} /> : !failed && <p data-quiz-loading>Loading the questions…</p>;
  } else {
    screen = <Start {...props} />;
  }

  return (
    <div class="quiz" ref={root}>
      {notes && <notes.Notices />}
      {failed && (
        <p class="quiz-error" role="alert" ref={alert}>
          The {failed} could not be loaded; your answers are kept.{' '}
          <button type="button" class="button primary" onClick={retry}>
            Retry
          </button>
        </p>
      )}
      {screen}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {said.text ? <span key={said.n}>{said.text}</span> : null}
      </div>
    </div>
  );
}
