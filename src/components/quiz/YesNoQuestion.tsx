/** @jsxImportSource preact */
// A series of statements, each answered Yes or No.
import type { Question } from '../../quiz/bank-schema';
import { Feedback, Html, Mark, state, type InputProps } from './question-parts';
import { PartEvidence } from './Evidence';

export function YesNoQuestion({ q, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'yesno' }>>) {
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
              <input
                type="radio"
                name={`q-${q.id}-${s.id}`}
                checked={values[s.id] === v}
                disabled={locked}
                onChange={() => answer((r) => ({ type: 'yesno', values: { ...(r?.type === 'yesno' ? r.values : {}), [s.id]: v } }))}
              />
              <span>{v ? 'Yes' : 'No'}</span>
            </label>
          ))}
          {revealed && <Mark ok={values[s.id] === s.answer}>The answer is {s.answer ? 'Yes' : 'No'}</Mark>}
          {revealed && <Feedback html={s.feedback} />}
          {revealed && <PartEvidence q={q} id={s.id} />}
        </fieldset>
      ))}
    </div>
  );
}
