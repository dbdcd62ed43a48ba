import type { Question } from './bank-schema';
import { shuffle } from './random';

export interface Selection {
  /** Only these domains (drill); all when empty or missing. */
  domains?: number[];
  /** How many questions; 'all' takes the whole pool. */
  size: number | 'all';
  /** Exactly these questions (retry what I missed); overrides domains. */
  ids?: string[];
  /** With ids: ask them in the order given (the review asks the most overdue first), not shuffled. */
  inOrder?: boolean;
}

/**
 * Picks questions in proportion to each domain's share of the pool (largest remainder), so a
 * 10-question quiz still samples every domain, then shuffles them. Questions of one case study
 * stay together, in their authored order, as on the real exam.
 */
export function selectQuestions(questions: readonly Question[], sel: Selection, random: () => number): Question[] {
  let pool: Question[];
  if (sel.ids?.length && sel.inOrder) {
    const byId = new Map(questions.map((q) => [q.id, q]));
    return sel.ids.flatMap((id) => byId.get(id) ?? []);
  }
  if (sel.ids?.length) {
    const wanted = new Set(sel.ids);
    pool = questions.filter((q) => wanted.has(q.id));
  } else if (sel.domains?.length) {
    const wanted = new Set(sel.domains);
    pool = questions.filter((q) => wanted.has(q.domain));
  } else {
    pool = questions.slice();
  }
  const n = sel.size === 'all' ? pool.length : Math.max(0, Math.min(Math.floor(sel.size), pool.length));

  let picked: Question[];
  if (n === pool.length) {
    picked = pool;
  } else {
    const byDomain = new Map<number, Question[]>();
    for (const q of pool) {
      const list = byDomain.get(q.domain);
      if (list) list.push(q);
      else byDomain.set(q.domain, [q]);
    }
    const shares = [...byDomain].map(([domain, qs]) => {
      const exact = (qs.length / pool.length) * n;
      return { domain, qs, quota: Math.floor(exact), rest: exact - Math.floor(exact) };
    });
    let left = n - shares.reduce((s, d) => s + d.quota, 0);
    for (const d of shares.slice().sort((a, b) => b.rest - a.rest || a.domain - b.domain)) {
      if (left === 0) break;
      d.quota++;
      left--;
    }
    picked = shares.flatMap((d) => shuffle(d.qs, random).slice(0, d.quota));
  }
  return groupCaseStudies(shuffle(picked, random), questions);
}

/** Moves each case study's questions next to its first one, in the order the bank lists them. */
function groupCaseStudies(order: Question[], authored: readonly Question[]): Question[] {
  if (!order.some((q) => q.caseStudy)) return order;
  const rank = new Map(authored.map((q, i) => [q.id, i]));
  const out: Question[] = [];
  const placed = new Set<string>();
  for (const q of order) {
    if (!q.caseStudy) out.push(q);
    else if (!placed.has(q.caseStudy)) {
      placed.add(q.caseStudy);
      out.push(...order.filter((o) => o.caseStudy === q.caseStudy).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!));
    }
  }
  return out;
}
