/** @jsxImportSource preact */
/*
 * A question's shell: heading, case study, stem, then the view of its type (one file each:
 * ChoiceQuestion, OrderQuestion, YesNoQuestion, DropdownQuestion), and once answered the explanation.
 */
import { useRef } from 'preact/hooks';
import type { Question } from '../../quiz/bank-schema';
import type { Response } from '../../quiz/responses';
import type { Attempt } from '../../quiz/attempt';
import { scoreQuestion } from '../../quiz/scoring';
import { ChoiceQuestion } from './ChoiceQuestion';
import { useQuiz } from './context';
import { DropdownQuestion } from './DropdownQuestion';
import { KeyEvidence } from './Evidence';
import { useFocusOn } from './focus';
import { OrderQuestion } from './OrderQuestion';
import { Html } from './question-parts';
import { ChangedSinceStart, QuestionMeta } from './QuestionMeta';
import { PARTIAL_RULE, Verdict } from './Verdict';
import { YesNoQuestion } from './YesNoQuestion';
import './question.css';

interface Props {
  q: Question;
  attempt: Attempt;
  revealed: boolean;
  number: number;
  /** Results review: answers shown, nothing can change. */
  readOnly?: boolean;
  focusOnChange?: boolean;
}

export function QuestionView({ q, attempt, revealed, number, readOnly = false, focusOnChange = false }: Props) {
  const { $attempt, $bank, dispatch } = useQuiz();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOn(heading, focusOnChange ? q.id : null);
  const bank = $bank.get();
  const caseStudy = q.caseStudy && bank.status === 'ready' ? bank.bank.caseStudies.find((c) => c.id === q.caseStudy) : undefined;
  // The scenario opens on the first question of its case study; after that it is one click away.
  const previous = bank.status === 'ready' ? bank.byId.get(attempt.questionIds[number - 2] ?? '') : undefined;
  const openScenario = !readOnly && previous?.caseStudy !== q.caseStudy;
  const response = attempt.responses[q.id];
  const locked = readOnly || revealed || attempt.phase === 'done';
  // Built from the latest saved response, not this render's: two quick key presses must both count.
  const answer = (next: (latest: Response | undefined) => Response) =>
    !locked && dispatch({ type: 'answer', id: q.id, response: next($attempt.get()?.responses[q.id]) });
  const order = attempt.optionOrder[q.id] ?? [];
  const points = scoreQuestion(q, response);
  const Tag = readOnly ? 'h3' : 'h2';

  return (
    <article class={`question${caseStudy && !readOnly ? ' with-case' : ''}`} data-question={q.id} aria-labelledby={`h-${q.id}`}>
      <Tag id={`h-${q.id}`} tabIndex={-1} ref={heading}>
        Question {number}
        <span class="qtype"> · {TYPE_LABEL[q.type]}</span>
      </Tag>
      <ChangedSinceStart id={q.id} />
      {caseStudy && (
        // Beside the questions on a wide screen; on a narrow one a panel that folds, open on the case's first question.
        <>
          {!readOnly && (
            // Focusable: a long scenario scrolls inside its panel, and a keyboard must be able to scroll it.
            <aside class="case-aside" aria-label={`Case study: ${caseStudy.title}`} tabIndex={0}>
              <p class="case-title">Case study: {caseStudy.title}</p>
              <Html html={caseStudy.scenario} />
            </aside>
          )}
          <details class="case-study" open={openScenario} key={q.id}>
            <summary>Case study: {caseStudy.title}</summary>
            <Html html={caseStudy.scenario} />
          </details>
        </>
      )}
      <Html html={q.stem} class="stem" />
      {q.type === 'single' || q.type === 'multi' ? (
        <ChoiceQuestion q={q} order={order} response={response} revealed={revealed} locked={locked} answer={answer} />
      ) : q.type === 'order' ? (
        <OrderQuestion q={q} start={order} response={response} revealed={revealed} locked={locked} answer={answer} />
      ) : q.type === 'yesno' ? (
        <YesNoQuestion q={q} response={response} revealed={revealed} locked={locked} answer={answer} />
      ) : (
        <DropdownQuestion q={q} response={response} revealed={revealed} locked={locked} answer={answer} />
      )}
      {revealed && (
        <div class="reveal">
          {readOnly && <Verdict q={q} response={response} order={order} />}
          {points > 0 && points < 1 && <p class="hint">{PARTIAL_RULE}</p>}
          <Html html={q.explanation} class="explanation" />
          <KeyEvidence q={q} />
          <p class="refs-title">Learn more on Microsoft Learn:</p>
          <ul data-refs>
            {q.references.map((r) => (
              <li key={r.url}>
                <a href={r.url}>{r.title}</a>
              </li>
            ))}
          </ul>
          <QuestionMeta q={q} />
        </div>
      )}
    </article>
  );
}

const TYPE_LABEL: Record<Question['type'], string> = {
  single: 'Choose one',
  multi: 'Choose several',
  order: 'Put in order',
  yesno: 'Yes or no',
  dropdown: 'Complete the code',
};
