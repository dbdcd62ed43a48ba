/** @jsxImportSource preact */
/*
 * Every lazy part of the quiz (the quiz itself, the question screen, results, exam tools, notices) loads
 * through useChunk: an import that fails is said in a LoadError with a Retry, which imports it again
 * (src/scripts/chunk-import.ts asks for a URL that has not failed), and nothing the learner did is lost.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Chunk<T> {
  /** The module, once loaded. */
  module: T | null;
  failed: boolean;
  retry: () => void;
}

/** Imports a chunk once `wanted` turns true; keeps it when `wanted` turns false again. */
export function useChunk<T>(load: () => Promise<T>, wanted = true): Chunk<T> {
  const [module, setModule] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    load().then(
      (m) => live && setModule(() => m),
      () => live && setFailed(true),
    );
    return () => void (live = false);
  }, [wanted, tries]);
  const retry = () => {
    setFailed(false);
    setTries((n) => n + 1);
  };
  return { module, failed, retry };
}

/**
 * "The results could not be loaded; your answers are kept. [Retry]", in view where the learner is looking.
 * When it goes (the Retry worked), focus moves to the heading of the screen now shown, never to the page.
 */
export function LoadError({ part, retry, children }: { part: string; retry: () => void; children?: ComponentChildren }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const el = ref.current;
    el?.scrollIntoView({ block: 'start' });
    const quiz = el?.closest('.quiz') ?? document;
    // After the render that removed this message: only then is it known whether focus fell to the page.
    return () =>
      queueMicrotask(() => {
        const active = document.activeElement;
        if (!active || active === document.body) quiz.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
      });
  }, []);
  return (
    <p class="quiz-error" role="alert" ref={ref}>
      {children ?? <>The {part} could not be loaded; your answers are kept. </>}
      <button type="button" class="button primary" onClick={retry}>
        Retry
      </button>
    </p>
  );
}
