/** @jsxImportSource preact */
import type { RefObject } from 'preact';
import './help.css';

/** The shortcut list, in a native modal dialog: it traps focus, closes on Esc and returns focus. */
export function Help({ exam, dialog }: { exam: boolean; dialog: RefObject<HTMLDialogElement> }) {
  const keys: [string, string][] = [
    ['1 – 9', 'Choose or toggle an option'],
    ['Enter', `${exam ? 'Next question' : 'Check the answer, then go to the next question'} (with nothing chosen, it tells you)`],
    ['N or →', 'Next question'],
    ['P or ←', 'Previous question'],
    ...(exam ? ([['F', 'Flag or unflag for review']] as [string, string][]) : []),
    ['?', 'Show this list'],
    ['Tab / Shift+Tab', 'Move between controls; Space selects'],
  ];
  return (
    <dialog ref={dialog} class="help" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <dl>
        {keys.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p>Ordering questions: use the Move up and Move down buttons next to each item.</p>
      <form method="dialog">
        <button class="button primary">Close</button>
      </form>
    </dialog>
  );
}
