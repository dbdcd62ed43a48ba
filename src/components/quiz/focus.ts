import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

// Focus follows the learner from screen to screen, but a page load never moves it: nobody has acted yet.
let interacted = false;
if (typeof document !== 'undefined') {
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, () => (interacted = true), { once: true, capture: true });
}

/** Moves focus to the element when the key changes (a new question, a new screen). */
export function useFocusOn(ref: RefObject<HTMLElement>, key: unknown) {
  useEffect(() => {
    if (interacted && key !== null) ref.current?.focus();
  }, [key]);
}
