/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { QuizProps } from './props';

/*
 * The quiz island's entry. At build time it renders only the "Loading" line (the quiz reads browser
 * storage, so it never renders on the server); in the browser, hydrated after load and first paint, it imports the
 * quiz and hands over. If that import fails, the reader gets a Retry button rather than a dead line.
 */
export default function QuizLoader(props: QuizProps) {
  const [Quiz, setQuiz] = useState<ComponentType<QuizProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    import('./Quiz').then((m) => setQuiz(() => m.default), () => setFailed(true));
  };
  useEffect(load, []);
  if (Quiz) return <Quiz {...props} />;
  if (failed)
    return (
      <p class="quiz-error" role="alert">
        The quiz could not be loaded. Check your connection, then{' '}
        <button type="button" class="button" onClick={load}>
          Retry
        </button>
      </p>
    );
  return <p class="needs-js" data-quiz-loading>Loading the quiz…</p>;
}
