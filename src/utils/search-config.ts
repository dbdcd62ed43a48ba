import { join } from 'node:path';
import { getExams } from './exams';
import { href } from './url';
import { contentDir } from './content-dir';
import { readData } from '../schemas/check';
import { SEARCH_FILE, searchSchema } from '../schemas/search';

/** What the search dialog needs to know of the site, fetched when search first opens: no page carries it. */
export interface SearchConfig {
  /** Each exam's code (the exam filter) and FAQ (offered when a search finds nothing). */
  exams: { code: string; faq: string }[];
  /** content/search.yaml: groups of words that mean the same, each member lowercase. */
  synonyms: string[][];
  /** The section filter's options, in order. */
  sections: string[];
  /** Queries offered when a search finds nothing. */
  popular: string[];
}

/** content/search.yaml, read once. The content check has already validated it. */
export function readSearchContent() {
  return searchSchema.parse(readData(join(contentDir, SEARCH_FILE)));
}

export async function searchConfig(): Promise<SearchConfig> {
  const { synonyms, sections, popular } = readSearchContent();
  return {
    exams: (await getExams()).map((e) => ({ code: e.data.code, faq: href(e.paths.faq) })),
    synonyms: synonyms.map((group) => group.map((w) => w.toLowerCase())),
    sections,
    popular,
  };
}
