/** @jsxImportSource preact */
/*
 * Every lazy part of the quiz (the quiz itself, the question screen, results, exam tools, notices) loads
 * through useChunk: an import that fails is said in a LoadError with a Retry, which imports it again
 * (src/scripts/chunk-import.ts asks for a URL that has not failed), and nothing the learner did is lost.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Chunk<T> {
  /** The module, once loaded. */
  module: T | null;
  /** The last import failed; stays true while a Retry is under way, so the error gives way to the part itself. */
  failed: boolean;
  retry: () => void;
}

/** Imports a chunk once `wanted` turns true; keeps it when `wanted` turns false again. */
export function useChunk<T>(load: () => Promise<T>, wanted = true): Chunk<T> {
  const [module, setModule] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [tries, setTries] = useState(0);
  const pending = useRef(false);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    pending.current = true;
    load().then(
      (m) => {
        if (!live) return;
        pending.current = false;
        // One render: the error goes as the part comes, so focus on Retry can move to the part's heading.
        setModule(() => m);
        setFailed(false);
      },
      () => {
        if (!live) return;
        pending.current = false;
        setFailed(true);
      },
    );
    return () => void (live = pending.current = false);
  }, [wanted, tries]);
  const retry = () => {
    // A second press while the first Retry loads asks for nothing more.
    if (!pending.current) setTries((n) => n + 1);
  };
  return { module, failed, retry };
}

/**
 * When the element goes, focus that went with it moves to `target`: by default the heading of the screen now
 * shown (`h2[tabindex="-1"]`), never to the page. `held`: whether focus counts as gone with the element even
 * if it was elsewhere when the element went, as long as it fell to the page.
 */
function useFocusHandOff(ref: RefObject<HTMLElement>, held: boolean, target = 'h2[tabindex="-1"]') {
  useEffect(() => {
    const el = ref.current;
    const scope = el?.closest('.quiz, astro-island') ?? document;
    return () => {
      // Still in the page here: the cleanup runs before the element is removed.
      const had = held || !!el?.contains(document.activeElement);
      // After the render that removed it: only then is it known whether focus fell to the page.
      queueMicrotask(() => {
        const active = document.activeElement;
        if (had && (!active || active === document.body)) scope.querySelector<HTMLElement>(target)?.focus();
      });
    };
  }, []);
}

/**
 * "The results could not be loaded; your answers are kept. [Retry]", in view where the learner is looking,
 * with focus on Retry if focus fell to the page as it showed. When it goes (the Retry worked), focus moves
 * to the heading of the screen now shown, never to the page.
 * `panel`: the error stands in for a panel of the screen (the readiness estimate), not for the screen: it
 * stays where it is and leaves focus alone, and once the panel comes, focus that was on Retry goes to the
 * element this selector names (the panel's heading).
 */
export function LoadError({ part, retry, children, panel }: { part: string; retry: () => void; children?: ComponentChildren; panel?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (panel) return;
    const el = ref.current;
    // Where the learner was went away with the screen this replaced (focus fell to the page): the Retry takes it.
    // Not on a page just opened, where nothing was focused yet and the alert is heard anyway.
    const active = document.activeElement;
    if ((!active || active === document.body) && (navigator.userActivation?.hasBeenActive ?? true)) el?.querySelector('button')?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'start' });
  }, []);
  useFocusHandOff(ref, !panel, panel);
  return (
    <p class="quiz-error" role="alert" ref={ref}>
      {children ?? <>The {part} could not be loaded; your answers are kept. </>}
      <button type="button" class="button primary" onClick={retry}>
        Retry
      </button>
    </p>
  );
}

/** In place of the readiness estimate (Start and Results), when its chunk could not be downloaded. */
export function ReadinessFailed({ retry }: { retry: () => void }) {
  return (
    <LoadError part="readiness estimate" retry={retry} panel="#readiness-title">
      Your readiness estimate could not be loaded.{' '}
    </LoadError>
  );
}

/**
 * A "Loading…" line standing for a part on its way. `failed` is what the island's loader says with a
 * Retry if the island's own code cannot be downloaded (src/integrations/client-after-load-directive.ts),
 * which focuses this line while it loads again; focus then moves on to the part that came.
 */
export function Loading({ children, failed }: { children: ComponentChildren; failed?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useFocusHandOff(ref, false);
  return (
    <p class="needs-js" data-quiz-loading data-island-failed={failed} ref={ref}>
      {children}
    </p>
  );
}
