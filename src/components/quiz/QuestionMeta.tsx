/** @jsxImportSource preact */
/*
 * Small, self-contained pieces of a question's provenance, for QuestionView (feedback and results
 * review) to place: when it was checked, whether it tests a preview feature, how to report a problem,
 * and whether it changed mid-attempt.
 */
import { useStore } from '@nanostores/preact';
import type { Question } from '../../quiz/bank-schema';
import type { RenderedQuestion } from '../../utils/render-bank';
import { formatDate } from '../../utils/dates';
import { href } from '../../utils/url';
import { changelogPathFor } from '../../utils/changelog-path';
import { useQuiz } from './context';

export function QuestionMeta({ q }: { q: Question }) {
  const { checked, reportUrl } = q as RenderedQuestion;
  return (
    <p class="question-meta">
      <PreviewTag q={q} />
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

/** The small tag a question about a preview feature carries, in words rather than colour. */
export const PreviewTag = ({ q }: { q: Question }) =>
  q.featureStatus.status === 'preview' ? (
    <>
      <span class="tag preview-tag" data-testid="preview-tag">
        Preview feature
      </span>{' '}
    </>
  ) : null;

export function ChangedSinceStart({ id }: { id: string }) {
  const { $changedSinceStart, $bank } = useQuiz();
  const changed = useStore($changedSinceStart);
  const bank = useStore($bank);
  if (!changed.has(id) || bank.status !== 'ready') return null;
  return (
    <p class="question-changed">
      We updated this question after you started this attempt. <a href={href(changelogPathFor(bank.bank.exam))}>See what changed</a>.
    </p>
  );
}
