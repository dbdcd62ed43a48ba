/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasSavedQuiz } from '../../quiz/storage-keys';
import { createQuizStores } from '../../quiz/stores';
import { QuizContext } from './context';
import { LoadError, useChunk } from './lazy';
import type { QuizProps } from './props';
import { Start } from './Start';
import './quiz.css';

export default function Quiz(props: QuizProps) {
  // The island's stores, for this exam, made once from its props.
  const [stores] = useState(() =>
    createQuizStores({ exam: props.exam, bankUrl: props.bankUrl, passPercent: props.rules.passPercent, secondsPerQuestion: props.rules.secondsPerQuestion }),
  );
  const bank = useStore(stores.$bank);
  const attempt = useStore(stores.$attempt);
  const storage = useStore(stores.$storageMode);
  const notices = useStore(stores.$notices);
  const said = useStore(stores.$announcement);
  const view = useStore(stores.$view);
  // The exam's clock runs while the island is on the page (its store starts it on mount: stores/clock.ts),
  // whatever screen shows; this listener keeps it mounted without re-rendering the island every second.
  useEffect(() => stores.$now.listen(() => undefined), []);

  // The bank is the page's largest download. A returning reader needs it at once (to resume or retry);
  // on a first visit it waits until the reader reaches for the quiz (pointer, key or focus inside it).
  const root = useRef<HTMLDivElement>(null);
  const [returning] = useState(() => hasSavedQuiz(props.exam));
  useEffect(() => {
    const load = () => void stores.loadBank();
    if (returning) return load();
    const el = root.current;
    const events = ['pointerdown', 'pointerover', 'keydown', 'focusin'] as const;
    events.forEach((e) => el?.addEventListener(e, load, { once: true, passive: true }));
    return () => events.forEach((e) => el?.removeEventListener(e, load));
  }, []);

  // The question screen is its own chunk, fetched once the bank is in, while the start screen shows: a first
  // visit needs only the start screen (the service worker caches the chunk). The results screen and the
  // notices are chunks too; the exam tools are the question screen's (Runner.tsx).
  const done = attempt?.phase === 'done';
  const runner = useChunk(() => import('./Runner'), bank.status === 'ready');
  const results = useChunk(() => import('./Results'), done);
  const notes = useChunk(() => import('./Notices'), storage !== 'local' || notices.length > 0);
  const failed = [
    ['questions', runner],
    ['results', results],
    ['notices', notes],
  ] as const;

  let screen;
  if (bank.status === 'error') {
    // The engine's own words for the failure ("Failed to fetch", "Load failed") would tell a learner nothing.
    screen = (
      <LoadError part="questions" retry={() => void stores.loadBank()}>
        The questions could not be loaded. Check your connection, then{' '}
      </LoadError>
    );
  } else if (bank.status !== 'ready' && returning) {
    screen = <p data-quiz-loading>Loading the questions…</p>;
  } else if (attempt?.phase === 'done') {
    screen = results.module ? <results.module.Results {...props} attempt={attempt} /> : !results.failed && <p data-quiz-loading>Preparing your results…</p>;
  } else if (attempt && view === 'quiz') {
    screen = runner.module ? <runner.module.Runner {...props} attempt={attempt} /> : !runner.failed && <p data-quiz-loading>Loading the questions…</p>;
  } else {
    screen = <Start {...props} />;
  }

  return (
    <QuizContext.Provider value={stores}>
      <div class="quiz" ref={root}>
        {notes.module && <notes.module.Notices />}
        {failed.map(([part, chunk]) => chunk.failed && <LoadError key={part} part={part} retry={chunk.retry} />)}
        {screen}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
          {said.text ? <span key={said.n}>{said.text}</span> : null}
        </div>
      </div>
    </QuizContext.Provider>
  );
}
