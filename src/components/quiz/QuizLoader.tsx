/** @jsxImportSource preact */
import { LoadError, useChunk } from './lazy';
import type { QuizProps } from './props';

/*
 * The quiz island's entry. At build time it renders only the "Loading" line (the quiz reads browser
 * storage, so it never renders on the server); in the browser, hydrated after load and first paint, it imports the
 * quiz and hands over. If that import fails, the reader gets a Retry button rather than a dead line.
 */
export default function QuizLoader(props: QuizProps) {
  const quiz = useChunk(() => import('./Quiz'));
  if (quiz.module) return <quiz.module.default {...props} />;
  if (quiz.failed)
    return (
      <LoadError part="quiz" retry={quiz.retry}>
        The quiz could not be loaded. Check your connection, then{' '}
      </LoadError>
    );
  return (
    <p class="needs-js" data-quiz-loading>
      Loading the quiz…
    </p>
  );
}
