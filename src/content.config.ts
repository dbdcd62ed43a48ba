import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles } from './schemas/collections';
import { contentDir } from './utils/content-dir';

const define = <K extends keyof typeof collectionFiles>(name: K) => {
  const { folder, pattern, schema } = collectionFiles[name];
  return defineCollection({
    loader: glob({ base: `${contentDir}/${folder}`, pattern }),
    schema: schema as (typeof collectionFiles)[K]['schema'],
  });
};

export const collections = {
  settings: define('settings'),
  exams: define('exams'),
  salaries: define('salaries'),
  certifications: define('certifications'),
  faq: define('faq'),
  guide: define('guide'),
  quiz: define('quiz'),
  bridges: define('bridges'),
};
