import { z } from 'astro/zod';

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
});

export type Settings = z.infer<typeof settingsSchema>;
