import { getExams } from './exams';
import { href } from './url';

/** What the search dialog needs to know of the site, fetched when search first opens: no page carries it. */
export interface SearchConfig {
  /** Each exam's code (the exam filter) and FAQ (offered when a search finds nothing). */
  exams: { code: string; faq: string }[];
}

export async function searchConfig(): Promise<SearchConfig> {
  return { exams: (await getExams()).map((e) => ({ code: e.data.code, faq: href(e.paths.faq) })) };
}
