import { z } from 'astro/zod';
import { dateField } from './date';

/** content/changelog.yaml: every change to a published question, newest first. */
export const changelogSchema = z
  .array(
    z.object({
      date: dateField,
      exam: z.string(),
      /** The question's id in content/quiz/<exam>.json. */
      question: z.string().regex(/^d\d-[a-z0-9-]+$/, 'must be a question id such as d2-vision-local-image'),
      change: z.string().min(10),
      why: z.string().min(5),
    }),
  )
  .min(1);

export type Changelog = z.infer<typeof changelogSchema>;
export const CHANGELOG_FILE = 'changelog.yaml';
