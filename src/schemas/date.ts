import { z } from 'astro/zod';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date: YAML's own dates or "YYYY-MM-DD" strings. A missing one reads "Required". */
export const dateField = z.preprocess(
  (v) => (typeof v === 'string' && ISO.test(v) ? new Date(`${v}T00:00:00Z`) : v),
  z.date({ invalid_type_error: 'must be a date written YYYY-MM-DD' }),
);
