/** @jsxImportSource preact */
/*
 * Small, self-contained pieces of a question's provenance, for QuestionView (feedback and results
 * review) to place: when it was checked, how to report a problem, and whether it changed mid-attempt.
 */
import { useStore } from '@nanostores/preact';
import type { Question } from '../../quiz/bank-schema';
import { $changedSinceStart } from '../../quiz/stores/versions';
import type { RenderedQuestion } from '../../utils/render-bank';
import { formatDate } from '../../utils/dates';
import { href } from '../../utils/url';

export const CHANGELOG_PATH = '/quiz/changes/';

export function QuestionMeta({ q }: { q: Question }) {
  const { checked, reportUrl } = q as RenderedQuestion;
  return (
    <p class="question-meta">
      Checked against Microsoft Learn on <time dateTime={checked}>{formatDate(new Date(`${checked}T00:00:00Z`))}</time>.
      {reportUrl && (
        <>
          {' '}
          <a href={reportUrl} class="report-link" data-question={q.id}>
            Report a problem with this question
          </a>
        </>
      )}
    </p>
  );
}

export function ChangedSinceStart({ id }: { id: string }) {
  const changed = useStore($changedSinceStart);
  if (!changed.has(id)) return null;
  return (
    <p class="question-changed">
      We updated this question after you started this attempt. <a href={href(CHANGELOG_PATH)}>See what changed</a>.
    </p>
  );
}
