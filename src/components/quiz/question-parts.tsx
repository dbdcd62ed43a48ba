/** @jsxImportSource preact */
// What every question type's view shares: bank HTML, the per-part mark and feedback, and its props.
import type { ComponentChildren } from 'preact';
import type { Question } from '../../quiz/bank-schema';
import type { Response } from '../../quiz/responses';
import { verdictOf } from '../../quiz/verdict';

// Bank text is Markdown rendered to HTML and sanitized at build time (src/utils/render-bank.ts).
export const Html = ({ html, as: Tag = 'div', class: cls }: { html: string; as?: 'div' | 'span' | 'p'; class?: string }) => (
  <Tag class={cls} dangerouslySetInnerHTML={{ __html: html }} />
);

/** "✓ text" or "✗ text": the verdict on one part is in words and symbols, never in colour alone. */
export function Mark({ ok, children }: { ok: boolean; children: ComponentChildren }) {
  const v = verdictOf(ok ? 1 : 0, true);
  return (
    <span class={`mark ${v.kind}`}>
      {v.symbol} {children}
    </span>
  );
}

export const Feedback = ({ html }: { html: string }) => <Html html={html} as="p" class="feedback" />;

/** The class of a part once the answer shows. */
export const state = (revealed: boolean, ok: boolean) => (revealed ? (ok ? 'is-right' : 'is-wrong') : undefined);

/** What the shell (QuestionView.tsx) gives each question type's view. */
export interface InputProps<T extends Question> {
  q: T;
  response: Response | undefined;
  revealed: boolean;
  locked: boolean;
  /** Records an answer built from the latest saved response. */
  answer: (next: (latest: Response | undefined) => Response) => void;
}
