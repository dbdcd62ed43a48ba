/** @jsxImportSource preact */
// Notices about saved data, a chunk of their own: most visits never need them.
import { useStore } from '@nanostores/preact';
import { useQuiz } from './context';

const SUBJECTS = { attempt: 'Your saved quiz', history: 'Your quiz history', review: 'Your review schedule' };
const PROBLEMS = {
  corrupt: 'could not be read in full; what could not be read was set aside.',
  foreign: 'was not recognised, so it was set aside.',
  old: 'came from an older version of this site and could not be kept.',
  newer: 'came from a newer version of this site. It is kept as it is; what you do here lasts until you close the tab.',
  outdated: 'was updated to match questions that changed since your last visit.',
};

export function Notices() {
  const { $storageMode, $notices, dismiss } = useQuiz();
  const storage = useStore($storageMode);
  const notices = useStore($notices);
  return (
    <>
      {storage !== 'local' && (
        <p class="quiz-notice" role="status">
          {storage === 'full'
            ? "This browser's storage is full: your saved quiz and history were loaded, but new progress may not be kept after you close the tab."
            : 'This browser is not letting the page save your progress (private browsing or full storage). The quiz works, but closing the tab will lose it.'}
        </p>
      )}
      {notices.map((n) => (
        <p class="quiz-notice" role="status" data-about={n.about} key={n.about}>
          {SUBJECTS[n.about]} {PROBLEMS[n.problem]}{' '}
          <button type="button" class="link-button" onClick={() => dismiss(n.about)}>
            Dismiss
          </button>
        </p>
      ))}
    </>
  );
}
