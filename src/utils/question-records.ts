/*
 * Search records for practice questions: one per question, found by its topic and scenario, never by
 * its answer. The build writes them to <exam>/search-records.json; the Pagefind integration indexes
 * them as custom records and deletes the file, so it is never deployed.
 */
import type { Question } from '../quiz/bank-schema';
import type { SearchSection } from '../schemas/search';

export const RECORDS_FILE = 'search-records.json';
/** The search section (filter) the records belong to: the one the quiz pages carry. */
export const RECORDS_SECTION: SearchSection = 'Quiz';

export interface QuestionRecord {
  /** Site path with the question's anchor on the no-JavaScript question page. */
  url: string;
  title: string;
  /** The title and the scenario (stem) as plain text: no options, answer, feedback or explanation. */
  content: string;
  exam: string;
}

/** The question's topic, read from its id ("d1-prompt-shields-attacks" → "Prompt shields attacks"): the id is already public in its anchor. */
export function topicOf(id: string): string {
  const words = id
    .replace(/^d\d+-/, '')
    .replace(/^cs-/, '')
    .replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * `stemText` is the stem's plain text, made from its Markdown tree at build (RenderedQuestion.plain.stem);
 * `domainName` the name of the question's domain in the exam profile.
 */
export function questionRecord(q: Pick<Question, 'id'>, stemText: string, domainName: string, examCode: string, questionsPath: string): QuestionRecord {
  const title = `Practice question: ${topicOf(q.id)}, ${domainName}`;
  return { url: `${questionsPath}#${q.id}`, title, content: `${title}. ${stemText}`, exam: examCode };
}
