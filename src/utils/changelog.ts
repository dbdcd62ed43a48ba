import { join } from 'node:path';
import { getEntry } from 'astro:content';
import { readData } from '../schemas/check';
import { CHANGELOG_FILE, changelogSchema, type Changelog } from '../schemas/changelog';
import { contentDir } from './content-dir';
import { getSettings } from './content';
import type { SiteExam } from './exams';
import { renderBank } from './render-bank';

/** The question change log, newest first. The content check has already validated it. */
export function readChangelog(): Changelog {
  return changelogSchema.parse(readData(join(contentDir, CHANGELOG_FILE))).sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** One exam's bank version and its changes, newest first: what its change log and the index show. */
export async function examChangelog(exam: SiteExam): Promise<{ version: string; changes: Changelog }> {
  const entry = await getEntry('quiz', exam.id);
  if (!entry) throw new Error(`content/quiz/ has no bank "${exam.id}"`);
  const { version } = await renderBank(entry.data, { reportTemplate: (await getSettings()).reportProblem });
  return { version, changes: readChangelog().filter((c) => c.exam === exam.id) };
}
