import type { Question } from './bank-schema';

/** What a learner has answered, in the shape the question type needs. */
export type Response =
  | { type: 'single'; choice: string }
  | { type: 'multi'; choices: string[] }
  | { type: 'order'; order: string[] }
  | { type: 'yesno'; values: Record<string, boolean> }
  | { type: 'dropdown'; values: Record<string, string> };

/** True when the response belongs to the question and uses only its ids; saved data is checked with it. */
export function fitsQuestion(q: Question, r: unknown): r is Response {
  if (!r || typeof r !== 'object' || (r as { type?: unknown }).type !== q.type) return false;
  const x = r as Record<string, unknown>;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const entries = (v: unknown) => (v && typeof v === 'object' ? Object.entries(v) : null);
  switch (q.type) {
    case 'single':
      return q.options.some((o) => o.id === x.choice);
    case 'multi': {
      const c = x.choices;
      return strings(c) && new Set(c).size === c.length && c.every((id) => q.options.some((o) => o.id === id));
    }
    case 'order': {
      const o = x.order;
      return strings(o) && o.length === q.options.length && q.options.every((p) => o.includes(p.id));
    }
    case 'yesno':
      return !!entries(x.values)?.every(([k, v]) => typeof v === 'boolean' && q.statements.some((s) => s.id === k));
    case 'dropdown':
      return !!entries(x.values)?.every(([k, v]) => q.blanks.some((b) => b.id === k && b.choices.includes(v as string)));
  }
}

/** Whether every part has been answered (a yes/no series needs each statement, a code completion each blank). */
export function isComplete(q: Question, r: Response | undefined): boolean {
  if (!r) return false;
  switch (r.type) {
    case 'single':
      return true;
    case 'multi':
      return q.type === 'multi' && r.choices.length === q.choose;
    case 'order':
      return true;
    case 'yesno':
      return q.type === 'yesno' && q.statements.every((s) => s.id in r.values);
    case 'dropdown':
      return q.type === 'dropdown' && q.blanks.every((b) => b.id in r.values);
  }
}
