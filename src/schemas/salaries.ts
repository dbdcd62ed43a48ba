import { z } from 'astro/zod';

export const demandLevels = ['moderate', 'high', 'very-high', 'surging'] as const;

const amount = z.number().int().positive();

export const roleSchema = z
  .object({
    role: z.string().min(3),
    min: amount,
    max: amount,
    experience: z.string().min(3),
    demand: z.enum(demandLevels),
  })
  .refine((r) => r.min < r.max, { message: 'min must be below max', path: ['max'] });

export const salariesSchema = z.object({
  exam: z.string(),
  currency: z.string().length(3),
  year: z.number().int().min(2000),
  /** The page's headline, e.g. "What Azure AI engineers earn". */
  headline: z.string().min(5),
  note: z.string().optional(),
  roles: z.array(roleSchema).min(1),
  regional: z.object({
    hubs: z.array(z.string()).min(1),
    hubUplift: z
      .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
      .refine((u) => u.min <= u.max, { message: 'min must not exceed max', path: ['max'] }),
    remote: z.string().min(10),
  }),
});

export type Salaries = z.infer<typeof salariesSchema>;
export type SalaryRole = z.infer<typeof roleSchema>;
