/*
 * The one place that knows which exams the site covers, their pages and which exam a page belongs
 * to. Every page, component and endpoint imports from here; nothing else reads content/exams/ directly.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Exam } from '../schemas/exam';
import type { Offer } from '../schemas/settings';
import { getSettings } from './content';
import { changelogPathFor } from './changelog-path';

export interface SiteExam {
  /** The file name in content/exams/ and the path segment of the exam's pages ("ai-103"). */
  id: string;
  data: Exam;
  /** True when content/quiz/<id>.json exists: only then does the exam get a quiz page. */
  hasBank: boolean;
  paths: { guide: string; faq: string; quiz: string; questions: string; changes: string };
}

const ORDER = { active: 0, retiring: 1, retired: 2 } as const;

let cache: Promise<SiteExam[]> | undefined;

/** Every exam in content, the ones you can book today first, then by code. */
export function getExams(): Promise<SiteExam[]> {
  cache ??= (async () => {
    const [exams, banks] = await Promise.all([getCollection('exams'), getCollection('quiz')]);
    const withBank = new Set(banks.map((b) => b.data.exam));
    return exams
      .map((e) => ({
        id: e.id,
        data: e.data,
        hasBank: withBank.has(e.id),
        paths: { guide: `/${e.id}/`, faq: `/${e.id}/faq/`, quiz: `/${e.id}/quiz/`, questions: `/${e.id}/questions/`, changes: changelogPathFor(e.id) },
      }))
      .sort((a, b) => ORDER[a.data.status.state] - ORDER[b.data.status.state] || a.data.code.localeCompare(b.data.code));
  })();
  return cache;
}

export async function getExam(id: string): Promise<SiteExam> {
  const exam = (await getExams()).find((e) => e.id === id);
  if (!exam) throw new Error(`content/exams/ has no exam "${id}"`);
  return exam;
}

/** The exam one can book today: the first active one (the home page leads with it). */
export async function bookableExam(): Promise<SiteExam | undefined> {
  return (await getExams()).find((e) => e.data.status.state === 'active');
}

/** The exam a page belongs to, from the first segment of its path under the base; none for shared pages. */
export async function examOfPage(url: URL): Promise<SiteExam | undefined> {
  const base = import.meta.env.BASE_URL;
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
  const segment = path.split('/')[0];
  return (await getExams()).find((e) => e.id === segment);
}

/**
 * The checkout offer shown on an exam's quiz. A retired exam sells nothing for itself: it shows its
 * successor's offer, if settings give one, and says so (`forSuccessor`).
 */
export async function offerFor(exam: SiteExam): Promise<{ offer: Offer; exam: SiteExam; forSuccessor: boolean } | null> {
  const { offers } = await getSettings();
  if (exam.data.status.state !== 'retired') {
    const own = offers[exam.id];
    return own ? { offer: own, exam, forSuccessor: false } : null;
  }
  const code = exam.data.status.successor?.code;
  const successor = (await getExams()).find((e) => e.data.code === code);
  const theirs = successor && offers[successor.id];
  return successor && theirs ? { offer: theirs, exam: successor, forSuccessor: true } : null;
}

export async function getGuide(exam: SiteExam) {
  const guide = await getEntry('guide', exam.id);
  if (!guide) throw new Error(`content/guide/ has no "${exam.id}.mdx"`);
  return guide;
}

/** An exam's FAQ entries in their order; the anchor is the file name. */
export async function getExamFaqs(exam: SiteExam) {
  const all = await getCollection('faq', (f) => f.id.startsWith(`${exam.id}/`));
  return all.map((f) => ({ ...f, anchor: f.id.slice(exam.id.length + 1) })).sort((a, b) => a.data.order - b.data.order || a.anchor.localeCompare(b.anchor));
}

/** Bridges between an exam and its successor; each page lives with the exam it leads to. */
export async function getBridges() {
  const all = await getCollection('bridges');
  return all.map((b) => ({ id: b.id, data: b.data, path: `/${b.data.to}/from-${b.data.from}/` }));
}

/** How a page names its exam's status in navigation and search ("current exam", "retired 30 June 2026"). */
export function statusLabel(exam: SiteExam, format: (d: Date) => string): string {
  const { state, retirementDate } = exam.data.status;
  if (state === 'active') return 'current exam';
  return `${state} ${retirementDate ? format(retirementDate) : ''}`.trim();
}
