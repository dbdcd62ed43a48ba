/**
 * The address of the question change log, one page for every bank, with a section per exam. Plain
 * module (no Node or astro:content imports) so the quiz island can link to it too.
 */
export const CHANGELOG_PATH = '/quiz/changes/';

/** The change log's section for one exam's bank. */
export const changelogPathFor = (examId: string) => `${CHANGELOG_PATH}#changes-${examId}`;
