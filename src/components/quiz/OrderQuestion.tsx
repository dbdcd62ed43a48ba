/** @jsxImportSource preact */
// Ordering: items moved with Move up and Move down buttons; focus stays on the moved item.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Question } from '../../quiz/bank-schema';
import { partText } from '../../quiz/plain-text';
import { useQuiz } from './context';
import { Feedback, Html, Mark, state, type InputProps } from './question-parts';
import { PartEvidence } from './Evidence';

export function OrderQuestion({ q, start, response, revealed, locked, answer }: InputProps<Extract<Question, { type: 'order' }>> & { start: string[] }) {
  const quiz = useQuiz();
  const current = response?.type === 'order' ? response.order : start;
  const text = (id: string) => partText(q, id);
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
    quiz.announce(`${text(item)}: moved to position ${to + 1} of ${next.length}.`);
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
              {revealed && <PartEvidence q={q} id={id} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
