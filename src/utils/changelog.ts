import { join } from 'node:path';
import { readData } from '../schemas/check';
import { CHANGELOG_FILE, changelogSchema, type Changelog } from '../schemas/changelog';
import { contentDir } from './content-dir';

/** The question change log, newest first. The content check has already validated it. */
export function readChangelog(): Changelog {
  return changelogSchema.parse(readData(join(contentDir, CHANGELOG_FILE))).sort((a, b) => b.date.getTime() - a.date.getTime());
}
