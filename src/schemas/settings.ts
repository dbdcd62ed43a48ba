import { z } from 'astro/zod';
import { reportTemplateProblem } from '../utils/report-link';

const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');

/** A paid question bank sold on an external checkout site, for one exam. */
export const offerSchema = z.object({
  url: httpsUrl,
  priceLabel: z.string().min(2),
  /** How many questions the paid bank holds, as the seller words it ("1,000+"). */
  questionCount: z.string().min(1),
  features: z.array(z.string().min(3)).min(1),
});

export const settingsSchema = z.object({
  name: z.string().min(3),
  tagline: z.string().min(10),
  siteUrl: httpsUrl,
  lang: z.string().default('en'),
  /**
   * One entry per exam id in content/exams/: its checkout offer, or null for none. A retired exam
   * sells nothing for itself; its quiz points to its successor's offer when that one has one.
   */
  offers: z.record(z.string(), offerSchema.nullable()),
  /** The exam the site covered before it had a section per exam: its old /faq/ and /quiz/ lead to it. */
  legacyExam: z.string().optional(),
  /** Template for "Report a problem with this question"; none means no link. See src/utils/report-link.ts. */
  reportProblem: z
    .string()
    .superRefine((t, ctx) => {
      const problem = reportTemplateProblem(t);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    })
    .optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Offer = z.infer<typeof offerSchema>;
