/** @jsxImportSource preact */
// Code completion: a drop-down in each blank of the code.
import type { Question } from '../../quiz/bank-schema';
import { Feedback, Mark, state, type InputProps } from './question-parts';
import { PartEvidence } from './Evidence';

export function DropdownQuestion({ q, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'dropdown' }>>) {
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
                {values[b.id] && values[b.id] !== b.answer && (
                  <>
                    {' '}
                    (you chose <code>{values[b.id]}</code>)
                  </>
                )}
              </Mark>
              <Feedback html={b.feedback} />
              <PartEvidence q={q} id={b.id} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
