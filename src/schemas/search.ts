import { z } from 'astro/zod';

/** content/search.yaml: the words the search dialog knows beyond the pages, and its own lists. */
export const SEARCH_FILE = 'search.yaml';

/**
 * The sections pages file themselves under (the `section` search filter, src/components/SearchTags.astro).
 * Question records are filed under "Quiz" (src/utils/question-records.ts).
 */
export const SEARCH_SECTIONS = ['Guide', 'Salaries', 'Certifications', 'FAQ', 'Quiz'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];

/** A word or phrase as a reader types it: letters, digits, spaces, hyphens (such as "AZ-900"). */
const term = z
  .string()
  .trim()
  .min(2, 'must have at least 2 characters')
  .regex(/^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u, 'must be words (letters and digits) separated by single spaces or hyphens');

const unique = (what: string) => (list: string[], ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const key = item.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: `"${item}" is already ${what} ${seen.get(key)! + 1}` });
    else seen.set(key, i);
  });
};

export const searchSchema = z
  .object({
    /**
     * Groups of words or phrases that mean the same to a reader ("pay", "salary", "wage"). A query that
     * holds one member is also searched with each other member in its place; sections holding the word as
     * typed rank above those holding only another member. Each group has at least two members, and a
     * word belongs to one group only.
     */
    synonyms: z.array(z.array(term).min(2, 'must list at least 2 words that mean the same').superRefine(unique('member'))),
    /** The dialog's section filter, in the order it lists them: each a section pages carry (SEARCH_SECTIONS). */
    sections: z
      .array(z.enum(SEARCH_SECTIONS, { errorMap: () => ({ message: `must be one of ${SEARCH_SECTIONS.join(', ')}` }) }))
      .min(1)
      .superRefine(unique('section')),
    /** Queries offered as buttons when a search finds nothing, in order: 1 to 8. */
    popular: z.array(term).min(1).max(8).superRefine(unique('query')),
  })
  .strict()
  .superRefine((s, ctx) => {
    const group = new Map<string, number>();
    s.synonyms.forEach((g, i) =>
      g.forEach((w, j) => {
        const key = w.toLowerCase();
        const other = group.get(key);
        if (other !== undefined && other !== i) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['synonyms', i, j],
            message: `"${w}" is already in group ${other + 1}: a word belongs to one group`,
          });
        }
        group.set(key, i);
      }),
    );
  });

export type SearchContent = z.infer<typeof searchSchema>;
