/** @jsxImportSource preact */
/*
 * The Learn sentences behind a question, shown after Check and in the results review: the key's under
 * the explanation, a distractor's (or a statement's, a blank's) under that part's feedback. Quotes are
 * plain text, so Preact escapes them. Part of QuestionView's lazy chunk, never the initial island.
 */
import type { Evidence, Question } from '../../quiz/bank-schema';

/** One quote as a link to its page, marked external the way the site marks Markdown links. */
export const LearnQuote = ({ e }: { e: Evidence }) => (
  <a href={e.url} class="external evidence-quote" rel="noopener noreferrer">
    ‘{e.quote}’
    <span class="external-mark" aria-hidden="true">
      ↗
    </span>
    <span class="visually-hidden"> (Microsoft Learn, external site)</span>
  </a>
);

/** The key's quotes: "From Microsoft Learn:" and one line per quote. */
export function KeyEvidence({ q }: { q: Question }) {
  const key = q.evidence.filter((e) => e.for === 'key');
  if (!key.length) return null;
  return (
    <div class="evidence" data-testid="evidence">
      <p class="evidence-title">From Microsoft Learn:</p>
      <ul class="evidence-list">
        {key.map((e, i) => (
          <li key={i}>
            <LearnQuote e={e} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The quotes for one option, statement or blank, under its feedback. */
export function PartEvidence({ q, id }: { q: Question; id: string }) {
  const mine = q.evidence.filter((e) => e.for === id);
  if (!mine.length) return null;
  return (
    <p class="part-evidence" data-evidence-for={id}>
      From Microsoft Learn: {mine.flatMap((e, i) => [i > 0 && ' ', <LearnQuote e={e} key={i} />])}
    </p>
  );
}
