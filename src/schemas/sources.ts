import { z } from 'astro/zod';
import { dateField } from './date';

/** One public page a fact rests on, as the Sources list at the end of a page shows it. */
export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z
    .string()
    .url()
    .refine((u) => u.startsWith('https://'), 'must be an https:// URL'),
  accessed: dateField,
});

/**
 * The fields every fact group carries: where the facts come from and when an editor last checked
 * them. Spread into a group's schema; `npm run freshness` reads `checked`.
 */
export const factFields = {
  checked: dateField,
  sources: z.array(sourceSchema).min(1, 'needs at least one source (title, publisher, url, accessed)'),
};

export const factGroupSchema = z.object(factFields);

export type Source = z.infer<typeof sourceSchema>;
export type FactGroup = z.infer<typeof factGroupSchema>;
