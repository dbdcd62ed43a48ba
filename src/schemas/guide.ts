import { z } from 'astro/zod';
import { dateField } from './date';
import { factFields } from './sources';

export const guideSchema = z.object({
  title: z.string().min(10).max(70),
  description: z.string().min(50).max(170),
  exam: z.string(),
  published: dateField,
  reviewed: dateField,
  /**
   * Sources and check date for each section that states facts, keyed by the section's anchor
   * (`## Heading \{#anchor\}`); the section shows them with `<SectionFacts section="anchor" />`.
   */
  facts: z.record(z.string().regex(/^[a-z0-9-]+$/, 'must be a section anchor such as "salaries"'), z.object(factFields)),
});
