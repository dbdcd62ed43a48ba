import { z } from 'astro/zod';
import { factFields } from './sources';

export const faqSchema = z.object({
  question: z
    .string()
    .min(10)
    .refine((q) => q.trim().endsWith('?'), 'must end with a question mark'),
  order: z.number().int().min(0),
  tags: z.array(z.string().min(2)).min(1),
  // Every answer here states facts (dates, fees, figures), so every answer names its sources.
  ...factFields,
});

export type FaqData = z.infer<typeof faqSchema>;
