import { z } from 'astro/zod';
import { dateField } from './date';

/**
 * Who stands behind a source, for readers and for the share of official citations
 * (tests/unit/source-shares.test.ts):
 * - `official`: the owner of the exam or certification speaking for itself (Microsoft Learn, Microsoft
 *   Tech Community, AWS, Google Cloud);
 * - `primary`: the publisher of the data itself (BLS, Levels.fyi, Built In);
 * - `third-party`: anyone reporting what others publish (prep vendors, blogs, salary guides);
 * - `source-article`: the article this site was first built from. It has no public address and
 *   publishes no method, so it carries no `url` and must say so in `note`.
 * Optional: without it the test classifies a source by its address, and a stated kind must agree.
 */
export const sourceKindSchema = z.enum(['official', 'primary', 'third-party', 'source-article']);

/** One public page a fact rests on, as the Sources list at the end of a page shows it. */
export const sourceSchema = z
  .object({
    title: z.string().min(3),
    publisher: z.string().min(2),
    url: z
      .string()
      .url()
      .refine((u) => u.startsWith('https://'), 'must be an https:// URL')
      .optional(),
    accessed: dateField,
    kind: sourceKindSchema.optional(),
    /**
     * What a reader should know about the source, shown after it in the Sources list: that it quotes
     * another page we could not read, that it is a copy of an official page, that it gives no method.
     */
    note: z.string().min(10).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'source-article') {
      if (!s.note)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['note'],
          message: 'the source article needs a note saying what it is and that it publishes no method',
        });
    } else if (!s.url) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['url'], message: 'Required' });
    }
  });

/** The key that identifies a source on a page: its address, or its title when it has none. */
export const sourceKey = (s: { url?: string; title: string }) => s.url ?? `no-address:${s.title}`;

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
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type FactGroup = z.infer<typeof factGroupSchema>;
