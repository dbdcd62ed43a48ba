import { z } from 'astro/zod';
import { dateField } from './date';

export const guideSchema = z.object({
  title: z.string().min(10).max(70),
  description: z.string().min(50).max(170),
  exam: z.string(),
  published: dateField,
  reviewed: dateField,
});
