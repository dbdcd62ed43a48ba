import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { examSchema } from './schemas/exam';
import { salariesSchema } from './schemas/salaries';
import { certificationsSchema } from './schemas/certifications';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { settingsSchema } from './schemas/settings';
import { contentDir } from './utils/content-dir';

const from = (folder: string, pattern: string) => glob({ base: `${contentDir}/${folder}`, pattern });

export const collections = {
  settings: defineCollection({ loader: from('', 'settings.json'), schema: settingsSchema }),
  exams: defineCollection({ loader: from('exams', '*.yaml'), schema: examSchema }),
  salaries: defineCollection({ loader: from('salaries', '*.yaml'), schema: salariesSchema }),
  certifications: defineCollection({
    loader: from('certifications', '*.yaml'),
    schema: certificationsSchema,
  }),
  faq: defineCollection({ loader: from('faq', '*.md'), schema: faqSchema }),
  guide: defineCollection({ loader: from('guide', '*.mdx'), schema: guideSchema }),
};
