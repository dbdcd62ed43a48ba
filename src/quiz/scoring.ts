import type { Question } from './bank-schema';
import { isJudged } from './judging';
import type { Response } from './responses';

/**
 * A question is worth one point. Multi-select, yes/no and drop-down questions give credit per part;
 * in a multi-select question each wrong pick cancels a right one. Ordering is all or nothing.
 */
export function scoreQuestion(q: Question, r: Response | undefined): number {
  if (!r || r.type !== q.type) return 0;
  switch (q.type) {
    case 'single':
      return r.type === 'single' && r.choice === q.answer ? 1 : 0;
    case 'multi': {
      if (r.type !== 'multi') return 0;
      const right = r.choices.filter((c) => q.answer.includes(c)).length;
      const wrong = r.choices.length - right;
      return Math.max(0, right - wrong) / q.answer.length;
    }
    case 'order':
      return r.type === 'order' && r.order.length === q.answer.length && r.order.every((id, i) => id === q.answer[i]) ? 1 : 0;
    case 'yesno':
      if (r.type !== 'yesno') return 0;
      return q.statements.filter((s) => r.values[s.id] === s.answer).length / q.statements.length;
    case 'dropdown':
      if (r.type !== 'dropdown') return 0;
      return q.blanks.filter((b) => r.values[b.id] === b.answer).length / q.blanks.length;
  }
}

export interface DomainScore {
  domain: number;
  earned: number;
  possible: number;
  percent: number;
}

export interface Score {
  earned: number;
  possible: number;
  percent: number;
  /** At or over the pass line, on an attempt large enough to judge (a short drill never passes or fails). */
  passed: boolean;
  /** Large enough for a pass or fail at all. */
  judged: boolean;
  answered: number;
  /** Weakest first. */
  domains: DomainScore[];
  /** Questions that did not earn their full point. */
  missed: string[];
  perQuestion: Record<string, number>;
}

const percentOf = (earned: number, possible: number) => (possible ? Math.round((earned / possible) * 1000) / 10 : 0);

/** passPercent: the exam's pass line as a share of points (src/quiz/rules.ts derives it from the exam profile). */
export function scoreAttempt(questions: Question[], responses: Record<string, Response | undefined>, passPercent: number): Score {
  let earned = 0;
  let answered = 0;
  const byDomain = new Map<number, DomainScore>();
  const perQuestion: Record<string, number> = {};
  const missed: string[] = [];
  for (const q of questions) {
    const points = scoreQuestion(q, responses[q.id]);
    perQuestion[q.id] = points;
    earned += points;
    if (responses[q.id]) answered++;
    if (points < 1) missed.push(q.id);
    const d = byDomain.get(q.domain) ?? { domain: q.domain, earned: 0, possible: 0, percent: 0 };
    d.earned += points;
    d.possible += 1;
    byDomain.set(q.domain, d);
  }
  const domains = [...byDomain.values()]
    .map((d) => ({ ...d, percent: percentOf(d.earned, d.possible) }))
    .sort((a, b) => a.percent - b.percent || a.domain - b.domain);
  const percent = percentOf(earned, questions.length);
  const judged = isJudged(questions.length);
  return { earned, possible: questions.length, percent, passed: judged && percent >= passPercent, judged, answered, domains, missed, perQuestion };
}
