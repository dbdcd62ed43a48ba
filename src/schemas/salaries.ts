import { z } from 'astro/zod';
import { factFields, sourceSchema } from './sources';

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
  /** What the figures are and are not, said once and shown wherever the figures appear. */
  figuresAre: z.string().min(20),
  roles: z.array(roleSchema).min(1),
  /** Where the role ranges come from and what they were checked against. */
  figures: z.object(factFields),
  regional: z.object({
    hubs: z.array(z.string()).min(1),
    hubUplift: z
      .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
      .refine((u) => u.min <= u.max, { message: 'min must not exceed max', path: ['max'] }),
    remote: z.string().min(10),
    ...factFields,
  }),
  /** Published figures to read beside the ranges, each with its own source. */
  publicData: z.object({
    checked: factFields.checked,
    points: z
      .array(
        z.object({
          label: z.string().min(10),
          value: z.string().min(2),
          source: sourceSchema,
        }),
      )
      .min(1),
  }),
});

export type Salaries = z.infer<typeof salariesSchema>;
export type SalaryRole = z.infer<typeof roleSchema>;
