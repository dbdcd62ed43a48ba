/**
 * The components a guide's MDX may use, by name: the build's sanitizer (astro.config.mjs) keeps these
 * tags and removes any other JSX in content, and the guide page (src/pages/[exam]/index.astro) must
 * supply exactly these (its map is typed by this list, so `astro check` fails on a missing one).
 */
export const GUIDE_COMPONENTS = [
  'SalaryTable',
  'DomainTable',
  'CertificationTable',
  'ComparedWith',
  'CertificationPath',
  'FaqTeaser',
  'QuizSize',
  'ExamFacts',
  'SectionFacts',
] as const;

export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];
