/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Attempt } from '../../quiz/attempt';
import type { Question } from '../../quiz/bank-schema';
import type { Response } from '../../quiz/responses';
import { scoreQuestion } from '../../quiz/scoring';
import { announce } from '../../quiz/stores/announcer';
import { $attempt, dispatch } from '../../quiz/stores/attempt';
import { $bank } from '../../quiz/stores/bank';
import { useFocusOn } from './focus';
import { ChangedSinceStart, QuestionMeta } from './QuestionMeta';
import './question.css';

// Bank text is Markdown rendered to HTML and sanitized at build time (src/utils/render-bank.ts).
const Html = ({ html, as: Tag = 'div', class: cls }: { html: string; as?: 'div' | 'span' | 'p'; class?: string }) => (
  <Tag class={cls} dangerouslySetInnerHTML={{ __html: html }} />
);
const plain = (html: string) => html.replace(/<[^>]+>/g, '');

/** The right answer in words, for the live region after a check. */
export function describeAnswer(q: Question): string {
  const text = (id: string) => plain((q as { options: { id: string; text: string }[] }).options.find((o) => o.id === id)!.text);
  const parts =
    q.type === 'single' ? [text(q.answer)]
    : q.type === 'multi' || q.type === 'order' ? q.answer.map(text)
    : q.type === 'yesno' ? q.statements.map((s) => (s.answer ? 'Yes' : 'No'))
    : q.blanks.map((b) => b.answer);
  return `Correct answer: ${parts.join('; ')}.`;
}

/** The partial-credit rule, said once wherever a partial score shows. */
export const PARTIAL_RULE =
  'Partial credit: each right part earns its share of the point, and in a multiple choice each wrong pick cancels a right one.';

/** Where the right answer is, in the words of what the learner sees (options by their key number). */
function rightAnswerShort(q: Question, order: string[] = []): string {
  const keys = (ids: string[]) => ids.map((id) => order.indexOf(id) + 1).sort((a, b) => a - b).join(', ');
  if (q.type === 'single') return `The answer is ${keys([q.answer])}.`;
  if (q.type === 'multi') return `The answers are ${keys(q.answer)}.`;
  if (q.type === 'order') return 'Each item shows where it belongs.';
  if (q.type === 'yesno') return `The answers are ${q.statements.map((s) => (s.answer ? 'Yes' : 'No')).join(', ')}.`;
  return `The answers are ${q.blanks.map((b) => b.answer).join('; ')}.`;
}

/** The one-line verdict after a check: in words and a symbol, with the right answer when it was missed. */
export function Verdict({ q, response, order }: { q: Question; response: Response | undefined; order?: string[] }) {
  const points = scoreQuestion(q, response);
  const kind = points === 1 ? 'right' : points === 0 ? 'wrong' : 'partial';
  return (
    <p class={`verdict ${kind}`} data-testid="verdict">
      <span aria-hidden="true">{points === 1 ? '✓ ' : points === 0 ? '✗ ' : '◐ '}</span>
      {points === 1 ? 'Correct' : points === 0 ? (response ? 'Incorrect' : 'Not answered') : `Partly correct (${Math.round(points * 100)}%)`}
      {points < 1 && <span class="verdict-answer"> {rightAnswerShort(q, order)}</span>}
    </p>
  );
}

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
        <Choices q={q} order={order} response={response} revealed={revealed} locked={locked} answer={answer} />
      ) : q.type === 'order' ? (
        <Ordering q={q} start={order} response={response} revealed={revealed} locked={locked} answer={answer} />
      ) : q.type === 'yesno' ? (
        <YesNo q={q} response={response} revealed={revealed} locked={locked} answer={answer} />
      ) : (
        <Dropdown q={q} response={response} revealed={revealed} locked={locked} answer={answer} />
      )}
      {revealed && (
        <div class="reveal">
          {readOnly && <Verdict q={q} response={response} order={order} />}
          {points > 0 && points < 1 && <p class="hint">{PARTIAL_RULE}</p>}
          <Html html={q.explanation} class="explanation" />
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

interface InputProps<T extends Question> {
  q: T;
  response: Response | undefined;
  revealed: boolean;
  locked: boolean;
  answer: (next: (latest: Response | undefined) => Response) => void;
}

/** "✓ text" or "✗ text": the verdict is in words and symbols, never in colour alone. */
const Mark = ({ ok, children }: { ok: boolean; children: ComponentChildren }) => (
  <span class={`mark ${ok ? 'right' : 'wrong'}`}>
    {ok ? '✓ ' : '✗ '}
    {children}
  </span>
);
const Feedback = ({ html }: { html: string }) => <Html html={html} as="p" class="feedback" />;
const state = (revealed: boolean, ok: boolean) => (revealed ? (ok ? 'is-right' : 'is-wrong') : undefined);

function Choices({ q, order, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'single' | 'multi' }>> & { order: string[] }) {
  const multi = q.type === 'multi';
  const chosen = response?.type === 'multi' ? response.choices : response?.type === 'single' ? [response.choice] : [];
  const isRight = (id: string) => (multi ? q.answer.includes(id) : q.answer === id);
  return (
    <fieldset class="options">
      <legend>{multi ? `Choose ${q.choose}.` : 'Choose one.'}</legend>
      {order.map((id, i) => {
        const o = q.options.find((x) => x.id === id)!;
        const yours = chosen.includes(id);
        const right = isRight(id);
        return (
          <div class={`option ${state(revealed && (right || yours), right) ?? ''}`} key={id} data-option={id}>
            <label>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={`q-${q.id}`}
                checked={yours}
                disabled={locked}
                onChange={() =>
                  answer((r) => {
                    const was = r?.type === 'multi' ? r.choices : [];
                    return multi ? { type: 'multi', choices: was.includes(id) ? was.filter((c) => c !== id) : [...was, id] } : { type: 'single', choice: id };
                  })
                }
              />
              <span class="key" aria-hidden="true">
                {i + 1}
              </span>
              <Html html={o.text} as="span" />
            </label>
            {revealed && (right || yours) && <Mark ok={right}>{right ? (yours ? 'Correct, your answer' : 'Correct answer') : 'Your answer, incorrect'}</Mark>}
            {revealed && <Feedback html={o.feedback} />}
          </div>
        );
      })}
      {multi && !locked && chosen.length > q.choose && (
        <p class="hint" role="status">
          You chose {chosen.length}; the question asks for {q.choose}.
        </p>
      )}
    </fieldset>
  );
}

function Ordering({ q, start, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'order' }>> & { start: string[] }) {
  const current = response?.type === 'order' ? response.order : start;
  const text = (id: string) => plain(q.options.find((o) => o.id === id)!.text);
  // Focus stays on the moved item, so pressing again keeps moving it. It is set after the render that
  // shows the move (the store re-renders on a timer, which a requestAnimationFrame can beat): at the
  // top or bottom the pressed button is disabled by then, and focus must not fall to the page.
  const moved = useRef<{ item: string; to: number; by: number } | null>(null);
  useLayoutEffect(() => {
    const m = moved.current;
    if (!m || current.indexOf(m.item) !== m.to) return;
    moved.current = null;
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[data-question="${q.id}"] [data-item="${m.item}"] button`)];
    const same = buttons[m.by < 0 ? 0 : 1];
    (same && !same.disabled ? same : buttons.find((b) => !b.disabled))?.focus();
  });
  const move = (item: string, by: number) => {
    let next: string[] = [];
    let to = 0;
    answer((r) => {
      next = (r?.type === 'order' ? r.order : start).slice();
      const from = next.indexOf(item);
      to = Math.max(0, Math.min(next.length - 1, from + by));
      next.splice(from, 1);
      next.splice(to, 0, item);
      return { type: 'order', order: next };
    });
    announce(`${text(item)}: moved to position ${to + 1} of ${next.length}.`);
    moved.current = { item, to, by };
  };
  return (
    <div class="ordering">
      <p class="legend" id={`ol-${q.id}`}>
        Arrange the items from first to last with the Move up and Move down buttons.
      </p>
      <ol aria-labelledby={`ol-${q.id}`}>
        {current.map((id, i) => {
          const at = q.answer.indexOf(id);
          return (
            <li key={id} data-item={id} class={state(revealed, at === i)}>
              <div class="order-row">
                <span class="pos" aria-hidden="true">
                  {i + 1}
                </span>
                <Html html={q.options.find((o) => o.id === id)!.text} as="span" class="order-text" />
                {!locked && (
                  <span class="order-buttons">
                    {[-1, 1].map((d) => (
                      <button key={d} type="button" class="button small" disabled={!current[i + d]} onClick={() => move(id, d)}>
                        {d < 0 ? 'Move up' : 'Move down'}
                        <span class="visually-hidden">: {text(id)}</span>
                      </button>
                    ))}
                  </span>
                )}
              </div>
              {revealed && <Mark ok={at === i}>{at === i ? 'In the right place' : `Belongs in position ${at + 1}`}</Mark>}
              {revealed && <Feedback html={q.options.find((o) => o.id === id)!.feedback} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function YesNo({ q, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'yesno' }>>) {
  const values = response?.type === 'yesno' ? response.values : {};
  return (
    <div class="yesno">
      {q.statements.map((s, i) => (
        <fieldset key={s.id} class={state(revealed, values[s.id] === s.answer)} data-statement={s.id}>
          <legend>
            <span class="visually-hidden">Statement {i + 1}: </span>
            <Html html={s.text} as="span" />
          </legend>
          {[true, false].map((v) => (
            <label class="choice inline" key={String(v)}>
              <input type="radio" name={`q-${q.id}-${s.id}`} checked={values[s.id] === v} disabled={locked} onChange={() => answer((r) => ({ type: 'yesno', values: { ...(r?.type === 'yesno' ? r.values : {}), [s.id]: v } }))} />
              <span>{v ? 'Yes' : 'No'}</span>
            </label>
          ))}
          {revealed && <Mark ok={values[s.id] === s.answer}>The answer is {s.answer ? 'Yes' : 'No'}</Mark>}
          {revealed && <Feedback html={s.feedback} />}
        </fieldset>
      ))}
    </div>
  );
}

function Dropdown({ q, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'dropdown' }>>) {
  const values = response?.type === 'dropdown' ? response.values : {};
  return (
    <div class="dropdown">
      <pre class="code" aria-label={`${q.language === 'python' ? 'Python' : q.language} code with blanks`}>
        <code>
          {q.code.split(/\{\{([a-z0-9-]+)\}\}/).map((part, i) => {
            if (i % 2 === 0) return part;
            const n = q.blanks.findIndex((x) => x.id === part);
            const b = q.blanks[n]!;
            return (
              <select
                key={part}
                data-blank={b.id}
                aria-label={`Blank ${n + 1}`}
                value={values[b.id] ?? ''}
                disabled={locked}
                onChange={(e) => {
                  const v = (e.target as HTMLSelectElement).value;
                  answer((r) => ({ type: 'dropdown', values: { ...(r?.type === 'dropdown' ? r.values : {}), [b.id]: v } }));
                }}
              >
                <option value="" disabled>
                  Blank {n + 1}: choose…
                </option>
                {b.choices.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            );
          })}
        </code>
      </pre>
      {revealed && (
        <ol class="blanks">
          {q.blanks.map((b) => (
            <li key={b.id} class={state(true, values[b.id] === b.answer)}>
              <Mark ok={values[b.id] === b.answer}>
                <code>{b.answer}</code>
                {values[b.id] && values[b.id] !== b.answer && <> (you chose <code>{values[b.id]}</code>)</>}
              </Mark>
              <Feedback html={b.feedback} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
