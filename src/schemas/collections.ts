import type { ZodTypeAny } from 'astro/zod';
import { examSchema } from './exam';
import { salariesSchema } from './salaries';
import { certificationsSchema } from './certifications';
import { faqSchema } from './faq';
import { guideSchema } from './guide';
import { settingsSchema } from './settings';
import { bankSchema } from '../quiz/bank-schema';
import { bridgeSchema } from './bridge';

/** Where each collection lives under content/, shared by Astro's loaders and our own checker. */
export const collectionFiles = {
  settings: { folder: '', pattern: 'settings.json', schema: settingsSchema },
  exams: { folder: 'exams', pattern: '*.yaml', schema: examSchema },
  salaries: { folder: 'salaries', pattern: '*.yaml', schema: salariesSchema },
  certifications: { folder: 'certifications', pattern: '*.yaml', schema: certificationsSchema },
  // One folder per exam: content/faq/<exam>/<anchor>.md.
  faq: { folder: 'faq', pattern: '*/*.md', schema: faqSchema },
  guide: { folder: 'guide', pattern: '*.mdx', schema: guideSchema },
  quiz: { folder: 'quiz', pattern: '*.json', schema: bankSchema },
  bridges: { folder: 'bridges', pattern: '*.yaml', schema: bridgeSchema },
} satisfies Record<string, { folder: string; pattern: string; schema: ZodTypeAny }>;

export type CollectionName = keyof typeof collectionFiles;
