import { z } from 'astro/zod';
import { dateField } from './date';
import { factFields, sourceSchema } from './sources';

const code = z.string().regex(/^[A-Z]{2,3}-\d{3}$/, 'must look like AI-102');
const percent = z.number().int().min(0).max(100);

/**
 * How sure we are of a published fact: "official" (Microsoft's own page says it of this exam),
 * "general" (Microsoft states it for most of its exams, not for this one: e.g. "typically 40-60
 * questions"), "reported" (third parties agree, nothing official found for this exam) or
 * "not-confirmed" (nothing reliable found: the site says so and shows no value, never a guess).
 */
export const certaintySchema = z.enum(['official', 'general', 'reported', 'not-confirmed']);
// A fact's sources have the same shape as every other source on the site (title, publisher, url,
// accessed): the guide numbers them with the rest in its Sources list.
const factSources = z.array(sourceSchema).min(1, 'needs at least one source (title, publisher, url, accessed)');
const sure = { certainty: certaintySchema, sources: factSources.optional() };
/** For facts every exam states (pass mark, question count, renewal): always a value and a source. */
const known = { certainty: certaintySchema.exclude(['not-confirmed']), sources: factSources };

/** A fact with a value must name its source; a not-confirmed fact must not carry a value. */
function sourced<T extends z.ZodRawShape>(shape: T, valueKeys: (keyof T & string)[]) {
  return z.object({ ...shape, ...sure }).superRefine((f: Record<string, unknown>, ctx) => {
    const hasValue = valueKeys.some((k) => f[k] !== undefined);
    if (f.certainty === 'not-confirmed' && hasValue) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [valueKeys[0]!], message: 'a not-confirmed fact carries no value: leave it out' });
    }
    if (f.certainty !== 'not-confirmed' && !hasValue) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [valueKeys[0]!], message: `required when certainty is "${String(f.certainty)}"` });
    }
    if (f.certainty !== 'not-confirmed' && !f.sources) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sources'], message: `required when certainty is "${String(f.certainty)}"` });
    }
  });
}

export const weightSchema = z.object({ min: percent, max: percent }).refine((w) => w.min <= w.max, { message: 'min must not exceed max' });

export const domainSchema = z.object({
  id: z.number().int().min(1),
  name: z.string().min(3),
  weight: weightSchema,
  summary: z.string().min(10),
});

export const examSchema = z
  .object({
    code,
    title: z.string().min(3),
    certification: z.string().min(3),
    vendor: z.string().min(2),
    status: z.object({
      state: z.enum(['active', 'retiring', 'retired']),
      retirementDate: dateField.optional(),
      announced: z.string().optional(),
      successor: z.object({ code, title: z.string().min(3), certification: z.string().min(3) }).optional(),
      /** The exam this one replaced, if any. */
      predecessor: z.object({ code, title: z.string().min(3) }).optional(),
      // Plain sentences shown in the status notice on every page.
      forHolders: z.string().min(10).optional(),
      forLearners: z.string().min(10).optional(),
    }),
    passingScore: z.object({
      score: z.number().int().positive(),
      max: z.number().int().positive(),
      scaled: z.boolean(),
      ...known,
    }),
    duration: sourced({ minutes: z.number().int().positive().optional(), note: z.string().optional() }, ['minutes']),
    questionCount: z
      .object({ min: z.number().int().positive(), max: z.number().int().positive(), note: z.string().optional(), ...known })
      .refine((q) => q.min <= q.max, { message: 'min must not exceed max' }),
    price: sourced({ amount: z.number().positive().optional(), currency: z.string().length(3).optional(), note: z.string().optional() }, ['amount']),
    languages: sourced({ list: z.array(z.string().min(2)).min(1).optional(), note: z.string().optional() }, ['list']).optional(),
    /** When the exam left beta (general availability). */
    generalAvailability: sourced({ date: dateField.optional(), note: z.string().optional() }, ['date']).optional(),
    renewal: z.object({
      validityMonths: z.number().int().positive(),
      windowMonths: z.number().int().positive(),
      cost: z.string(),
      how: z.string().min(10),
      ...known,
    }),
    skillsRevision: dateField,
    /** Who the exam is for, in a sentence (the home page and the exam's guide header). */
    audience: z.string().min(10),
    domains: z.array(domainSchema).min(1),
    /** When the profile was last checked, and the sources of its status and skills outline. */
    ...factFields,
  })
  .superRefine((exam, ctx) => {
    if (exam.status.state !== 'active' && (!exam.status.forHolders || !exam.status.forLearners)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['status', exam.status.forHolders ? 'forLearners' : 'forHolders'],
        message: `required when state is "${exam.status.state}" (the status notice says it)`,
      });
    }
    if (exam.status.state !== 'active' && !exam.status.retirementDate) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['status', 'retirementDate'],
        message: `required when state is "${exam.status.state}"`,
      });
    }
    if (exam.passingScore.score > exam.passingScore.max) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['passingScore', 'score'],
        message: 'must not exceed passingScore.max',
      });
    }
    exam.domains.forEach((d, i) => {
      if (d.id !== i + 1) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['domains', i, 'id'],
          message: `domains must be numbered 1, 2, 3... in order; expected ${i + 1}, got ${d.id}`,
        });
      }
    });
    const minSum = exam.domains.reduce((s, d) => s + d.weight.min, 0);
    const maxSum = exam.domains.reduce((s, d) => s + d.weight.max, 0);
    if (minSum > 100 || maxSum < 100) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['domains'],
        message: `weight ranges cannot add up to 100% (minimums sum to ${minSum}, maximums to ${maxSum})`,
      });
    }
  });

export type Exam = z.infer<typeof examSchema>;
export type Domain = z.infer<typeof domainSchema>;
