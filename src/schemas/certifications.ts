import { z } from 'astro/zod';
import { dateField } from './date';
import { factFields } from './sources';

/*
 * A certification's status always comes from content: there is no default, because a status that
 * is assumed ("Available") is how retired certifications ended up looking current.
 */
const statusRequired = 'Required: { state: active }, or { state: retired, date, successor }';
const statusSchema = z.object(
  {
    state: z.enum(['active', 'retired'], { required_error: statusRequired }),
    date: dateField.optional(),
    /** What to take instead: an exam code, or a short list of the vendor's current credentials. */
    successor: z.string().min(2).optional(),
  },
  { required_error: statusRequired },
);

const certRef = z.object({
  code: z.string().min(2),
  name: z.string().min(3),
  note: z.string().optional(),
});

const comparedSchema = z
  .object({
    code: z.string().min(2),
    name: z.string().min(3),
    vendor: z.string().min(2),
    focus: z.string().min(5),
    bestFor: z.string().min(5),
    status: statusSchema,
    ...factFields,
  })
  .superRefine((c, ctx) => {
    if (c.status.state !== 'retired') return;
    for (const field of ['date', 'successor'] as const) {
      if (!c.status[field]) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['status', field],
          message: `${c.code} is retired, so its status needs a ${field === 'date' ? 'retirement date' : 'successor'}`,
        });
      }
    }
  });

export const certificationsSchema = z.object({
  exam: z.string(),
  compared: z.array(comparedSchema).min(2),
  path: z.object({
    ...factFields,
    stages: z
      .array(
        z.object({
          label: z.string().min(2),
          optional: z.boolean().default(false),
          // More than one certification in a stage means "pick one".
          certs: z.array(certRef).min(1),
          /** The retired certification this stage took over from, shown beside it. */
          replaced: certRef.extend({ retired: dateField }).optional(),
        }),
      )
      .min(2),
  }),
  skipNote: z.string().min(10),
});

export type Certifications = z.infer<typeof certificationsSchema>;
export type ComparedCertification = Certifications['compared'][number];
