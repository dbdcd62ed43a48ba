import { z } from 'astro/zod';

const certRef = z.object({
  code: z.string().min(2),
  name: z.string().min(3),
  note: z.string().optional(),
});

export const certificationsSchema = z.object({
  exam: z.string(),
  compared: z
    .array(
      z.object({
        code: z.string().min(2),
        name: z.string().min(3),
        vendor: z.string().min(2),
        focus: z.string().min(5),
        bestFor: z.string().min(5),
        status: z.string().optional(),
      }),
    )
    .min(2),
  path: z
    .array(
      z.object({
        label: z.string().min(2),
        optional: z.boolean().default(false),
        // More than one certification in a stage means "pick one".
        certs: z.array(certRef).min(1),
      }),
    )
    .min(2),
  skipNote: z.string().min(10),
});

export type Certifications = z.infer<typeof certificationsSchema>;
