/*
 * Which fact groups each page shows, in reading order: the one place that numbers a page's sources.
 * A page calls one of these in its front matter and stores the result in Astro.locals.citations.
 */
import type { getSiteContent } from './content';
import { Citations } from './citations';

type SiteContent = Awaited<ReturnType<typeof getSiteContent>>;

export function salaryCitations({ salaries }: SiteContent): Citations {
  const { checked, points } = salaries.publicData;
  return new Citations().register(
    salaries.figures,
    ...points.map((p) => ({ checked, sources: [p.source] })),
    salaries.regional,
  );
}

export function certificationCitations({ certifications }: SiteContent): Citations {
  return new Citations().register(...certifications.compared, certifications.path);
}

/** The guide: each section's own sources, then those of the tables inside it. */
export function guideCitations({ guide, salaries, exam, certifications }: SiteContent): Citations {
  const { facts } = guide.data;
  return new Citations().register(
    salaries.figures,
    facts.salaries,
    exam,
    facts.skills,
    facts.trends,
    ...certifications.compared,
    facts.comparison,
    certifications.path,
    ...Object.values(facts),
  );
}
