/*
 * Which fact groups each page shows, in reading order: the one place that numbers a page's sources.
 * A page calls one of these in its front matter and stores the result in Astro.locals.citations.
 */
import type { Exam } from '../schemas/exam';
import type { FactGroup } from '../schemas/sources';
import type { getShared } from './content';
import { Citations } from './citations';

type Shared = Awaited<ReturnType<typeof getShared>>;

export function salaryCitations({ salaries }: Pick<Shared, 'salaries'>): Citations {
  const { checked, points } = salaries.publicData;
  return new Citations().register(salaries.figures, ...points.map((p) => ({ checked, sources: [p.source] })), salaries.regional);
}

export function certificationCitations({ certifications }: Pick<Shared, 'certifications'>): Citations {
  return new Citations().register(...certifications.compared, certifications.path);
}

/** An exam's logistics facts that name sources, each as a group checked when the profile was. */
export function examFactGroups(exam: Exam): FactGroup[] {
  const facts = [exam.passingScore, exam.questionCount, exam.duration, exam.price, exam.languages, exam.generalAvailability, exam.renewal];
  return facts.flatMap((f) => (f?.sources ? [{ checked: exam.checked, sources: f.sources }] : []));
}

// The guide's components that show sourced facts, and the groups each one cites.
const SOURCED_TAG = /<(SalaryTable|DomainTable|CertificationTable|CertificationPath|ExamFacts|SectionFacts)\b([^>]*)\/?>/g;

/**
 * An exam's guide: the groups of each sourced component and section, in the order they appear in
 * the guide's Markdown, then any section facts not yet shown.
 */
export function guideCitations(
  guide: { body?: string; data: { facts: Record<string, FactGroup> } },
  exam: Exam,
  { salaries, certifications }: Shared,
): Citations {
  const { facts } = guide.data;
  const citations = new Citations();
  for (const [, tag, attrs] of (guide.body ?? '').matchAll(SOURCED_TAG)) {
    if (tag === 'SalaryTable') citations.register(salaries.figures);
    else if (tag === 'DomainTable') citations.register(exam);
    else if (tag === 'CertificationTable') citations.register(...certifications.compared);
    else if (tag === 'CertificationPath') citations.register(certifications.path);
    else if (tag === 'ExamFacts') citations.register(...examFactGroups(exam));
    else citations.register(facts[/section="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '']);
  }
  return citations.register(...Object.values(facts));
}
