/** @jsxImportSource preact */
import { LoadError, Loading, useChunk } from './lazy';
import type { QuizProps } from './props';

/*
 * The quiz island's entry. At build time it renders only the "Loading" line (the quiz reads browser
 * storage, so it never renders on the server); in the browser, hydrated after load and first paint, it imports the
 * quiz and hands over. If that import, or the island's own, fails, the reader gets a Retry button rather
 * than a dead line.
 */
/** Said with a Retry when the quiz's code cannot be downloaded: the island's own, or the quiz's. */
const FAILED = 'The quiz could not be loaded. Check your connection, then';

export default function QuizLoader(props: QuizProps) {
  const quiz = useChunk(() => import('./Quiz'));
  if (quiz.module) return <quiz.module.default {...props} />;
  if (quiz.failed)
    return (
      <LoadError part="quiz" retry={quiz.retry}>
        {FAILED}{' '}
      </LoadError>
    );
  return <Loading failed={FAILED}>Loading the quiz…</Loading>;
}
