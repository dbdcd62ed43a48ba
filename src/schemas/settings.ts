import { z } from 'astro/zod';
import { reportTemplateProblem } from '../utils/report-link';

const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');

export const settingsSchema = z.object({
  name: z.string().min(3),
  tagline: z.string().min(10),
  siteUrl: httpsUrl,
  exam: z.string(),
  lang: z.string().default('en'),
  checkout: z.object({
    url: httpsUrl,
    priceLabel: z.string().min(2),
    features: z.array(z.string().min(3)).min(1),
  }),
  freeQuizSize: z.number().int().positive(),
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
