/** @jsxImportSource preact */
// Single and multiple choice: options in the attempt's order, picked by click, Space or their key number.
import type { Question } from '../../quiz/bank-schema';
import { Feedback, Html, Mark, state, type InputProps } from './question-parts';
import { PartEvidence } from './Evidence';

export function ChoiceQuestion({
  q,
  order,
  response,
  revealed,
  locked,
  answer,
}: InputProps<Extract<Question, { type: 'single' | 'multi' }>> & { order: string[] }) {
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
            {revealed && <PartEvidence q={q} id={id} />}
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
