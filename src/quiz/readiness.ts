/*
 * "Am I ready for the exam?" from the learner's latest answer to each question of the bank, across
 * every finished attempt (practice, exam, drills and retries alike). Pure: the exam profile's
 * domains and pass line come in as arguments, so nothing here imports content or touches storage.
 *
 * The method, simple enough to check by hand (tests/unit/quiz/readiness.test.ts does):
 *
 * 1. Weights. Each domain's weight is the midpoint of its range in the exam profile, (min + max) / 2,
 *    divided by the sum of the midpoints over ALL the exam's domains, so the weights add up to 1.
 * 2. Per domain d: n = questions answered (their latest answer), s = the points they earned (a
 *    question gives 0 to 1, so s may be fractional).
 * 3. Estimate = Σ w_d · s_d / n_d over the domains with answers, with their weights rescaled to add up
 *    to 1 (a domain without answers has no share to weigh; the verdict is then "not-enough" anyway).
 * 4. Interval (80%). Each domain's share of points gets a Beta posterior with Jeffreys' prior:
 *    Beta(a, b) with a = s + 0.5, b = n − s + 0.5, so mean_d = a / (a + b) = (s + 0.5) / (n + 1) and
 *    var_d = a·b / ((a + b)² (a + b + 1)) = mean_d (1 − mean_d) / (n + 2); a domain with no answer is
 *    Beta(0.5, 0.5): mean 0.5, variance 0.125. The exam score is taken as the weighted sum of the
 *    independent domain shares: mean = Σ w_d · mean_d, variance = Σ w_d² · var_d, and the interval is
 *    the normal approximation mean ± z·√variance with z = 1.2816 (the standard normal's 90th
 *    percentile: 10% below, 10% above), clipped to [0, 1].
 * 5. Verdict. "not-enough" when under half the bank is answered (2 · answered < bank size) or any
 *    domain has no answer; otherwise "not-yet" when the interval's top is under the pass line,
 *    "ready" when its bottom is over it, else "borderline".
 * 6. Weakest domain: the lowest posterior mean (step 4, so a domain with few answers is pulled towards
 *    one half instead of being judged on one or two). Ties go to the heavier domain, as it carries more
 *    of the exam's points, then to the lower domain id.
 *
 * The interval says how sure we are of the learner's share of points on questions like the bank's. It
 * is not the exam's scaled score: the pass line (700 of 1000 = 0.7) is only our stand-in for it.
 */
import { latestAnswers } from './answers';
import type { HistoryEntry } from './record';

/** z for a two-sided 80% interval: Φ⁻¹(0.9). */
export const Z80 = 1.2816;
/** A domain with fewer answers than this is listed as thin in the coverage. */
export const THIN_DOMAIN = 3;

export interface ExamDomain {
  id: number;
  /** The exam profile's weight range, in percent. */
  weight: { min: number; max: number };
}

export interface ReadinessInput {
  history: readonly HistoryEntry[];
  /** The questions in the bank now: answers to questions no longer in it are not counted. */
  bank: readonly { id: string; domain: number }[];
  domains: readonly ExamDomain[];
  /** The pass line as a share of points: passingScore / max, 700 / 1000 = 0.7. */
  passLine: number;
}

export interface DomainReadiness {
  domain: number;
  /** Normalised weight: the midpoint of the range over the sum of all midpoints. */
  weight: number;
  answered: number;
  earned: number;
  /** In the bank now. */
  questions: number;
  /** Posterior mean and variance, Beta(earned + 0.5, answered − earned + 0.5). */
  mean: number;
  variance: number;
}

export type Verdict = 'not-enough' | 'not-yet' | 'borderline' | 'ready';

export interface Readiness {
  /** Weighted share of points over the domains with answers; null with no answer at all. */
  estimate: number | null;
  /** The 80% interval of the share of points, and its centre (the weighted posterior mean). */
  interval: { low: number; high: number; mean: number };
  coverage: {
    answered: number;
    bankSize: number;
    /** answered / bankSize. */
    share: number;
    /** Domains with fewer than THIN_DOMAIN answers (none at all included), in the profile's order. */
    thin: number[];
  };
  verdict: Verdict;
  /** Null only for an exam without domains. */
  weakest: number | null;
  domains: DomainReadiness[];
  passLine: number;
}

export function readiness({ history, bank, domains, passLine }: ReadinessInput): Readiness {
  const domainOf = new Map<string, number>();
  for (const q of bank) domainOf.set(q.id, q.domain);
  const totals = new Map<number, { answered: number; earned: number; questions: number }>();
  for (const d of domains) totals.set(d.id, { answered: 0, earned: 0, questions: 0 });
  for (const q of bank) {
    const t = totals.get(q.domain);
    if (t) t.questions++;
  }
  let answered = 0;
  for (const a of latestAnswers(history).values()) {
    const d = domainOf.get(a.questionId);
    const t = d === undefined ? undefined : totals.get(d);
    if (!t) continue;
    t.answered++;
    t.earned += a.points;
    answered++;
  }

  const midSum = domains.reduce((s, d) => s + (d.weight.min + d.weight.max) / 2, 0);
  const perDomain: DomainReadiness[] = domains.map((d) => {
    const t = totals.get(d.id)!;
    const mean = (t.earned + 0.5) / (t.answered + 1);
    return {
      domain: d.id,
      weight: midSum > 0 ? (d.weight.min + d.weight.max) / 2 / midSum : 0,
      answered: t.answered,
      earned: t.earned,
      questions: t.questions,
      mean,
      variance: (mean * (1 - mean)) / (t.answered + 2),
    };
  });

  const withAnswers = perDomain.filter((d) => d.answered > 0);
  const answeredWeight = withAnswers.reduce((s, d) => s + d.weight, 0);
  const estimate = answeredWeight > 0 ? withAnswers.reduce((s, d) => s + (d.weight / answeredWeight) * (d.earned / d.answered), 0) : null;

  const mean = perDomain.reduce((s, d) => s + d.weight * d.mean, 0);
  const sd = Math.sqrt(perDomain.reduce((s, d) => s + d.weight * d.weight * d.variance, 0));
  const clip = (x: number) => Math.min(1, Math.max(0, x));
  const interval = { low: clip(mean - Z80 * sd), high: clip(mean + Z80 * sd), mean };

  const bankSize = bank.length;
  const verdict: Verdict =
    domains.length === 0 || 2 * answered < bankSize || perDomain.some((d) => d.answered === 0)
      ? 'not-enough'
      : interval.high < passLine
        ? 'not-yet'
        : interval.low > passLine
          ? 'ready'
          : 'borderline';

  const weakest = [...perDomain].sort((a, b) => a.mean - b.mean || b.weight - a.weight || a.domain - b.domain)[0]?.domain ?? null;

  return {
    estimate,
    interval,
    coverage: {
      answered,
      bankSize,
      share: bankSize ? answered / bankSize : 0,
      thin: perDomain.filter((d) => d.answered < THIN_DOMAIN).map((d) => d.domain),
    },
    verdict,
    weakest,
    domains: perDomain,
    passLine,
  };
}
