import { z } from 'astro/zod';
import { dateField } from './date';
import { factFields } from './sources';

const code = z.string().regex(/^[A-Z]{2,3}-\d{3}$/, 'must look like AI-102');
const percent = z.number().int().min(0).max(100);

export const weightSchema = z
  .object({ min: percent, max: percent })
  .refine((w) => w.min <= w.max, { message: 'min must not exceed max' });

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
      successor: z
        .object({ code, title: z.string().min(3), certification: z.string().min(3) })
        .optional(),
      // Plain sentences shown in the status notice on every page.
      forHolders: z.string().min(10),
      forLearners: z.string().min(10),
    }),
    passingScore: z.object({
      score: z.number().int().positive(),
      max: z.number().int().positive(),
      scaled: z.boolean(),
    }),
    durationMinutes: z.number().int().positive(),
    durationNote: z.string().optional(),
    questionCount: z
      .object({ min: z.number().int().positive(), max: z.number().int().positive() })
      .refine((q) => q.min <= q.max, { message: 'min must not exceed max' }),
    price: z.object({
      amount: z.number().positive(),
      currency: z.string().length(3),
      note: z.string().optional(),
    }),
    renewal: z.object({
      validityMonths: z.number().int().positive(),
      windowMonths: z.number().int().positive(),
      cost: z.string(),
      how: z.string().min(10),
    }),
    skillsRevision: dateField,
    domains: z.array(domainSchema).min(1),
    /** Sources for the profile: status, logistics and the skills outline. */
    ...factFields,
  })
  .superRefine((exam, ctx) => {
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
