/*
 * A question's text without markup, made at build from the Markdown tree (src/utils/render-bank.ts) and
 * shipped beside its HTML: what live regions, hidden labels and the search index read. No HTML is ever
 * turned back into text in the browser, so no entity ("&#x3C;", "&#x26;") reaches a screen reader.
 */
import type { Question } from './bank-schema';

export interface PlainText {
  /** The stem (scenario), as one line. */
  stem: string;
  /** Each option's or statement's text, by its id. */
  parts: Record<string, string>;
}

/** The plain text of an option or statement of a rendered question. */
export function partText(q: Question, id: string): string {
  return (q as Question & { plain?: PlainText }).plain?.parts[id] ?? id;
}
