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
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  switch (q.type) {
    case 'single': {
      const { choice } = r as { choice?: unknown };
      return typeof choice === 'string' && q.options.some((o) => o.id === choice);
    }
    case 'multi': {
      const { choices } = r as { choices?: unknown };
      return isStrings(choices) && new Set(choices).size === choices.length && choices.every((c) => q.options.some((o) => o.id === c));
    }
    case 'order': {
      const { order } = r as { order?: unknown };
      const ids = q.options.map((o) => o.id);
      return isStrings(order) && order.length === ids.length && ids.every((id) => order.includes(id));
    }
    case 'yesno': {
      const { values } = r as { values?: unknown };
      return (
        !!values &&
        typeof values === 'object' &&
        Object.entries(values).every(([k, v]) => typeof v === 'boolean' && q.statements.some((s) => s.id === k))
      );
    }
    case 'dropdown': {
      const { values } = r as { values?: unknown };
      return (
        !!values &&
        typeof values === 'object' &&
        Object.entries(values).every(([k, v]) => q.blanks.some((b) => b.id === k && b.choices.includes(v as string)))
      );
    }
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
