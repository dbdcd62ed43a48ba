/**
 * The addresses of the question change logs: one page per exam with a bank (a reader of one exam's
 * changes never downloads another's), and an index of them at CHANGELOG_PATH, which keeps the
 * `#changes-<exam>` anchors of the single page it replaced. Plain module (no Node or astro:content
 * imports) so the quiz island can link to it too.
 */
export const CHANGELOG_PATH = '/quiz/changes/';

/** One exam's change log. */
export const changelogPathFor = (examId: string) => `/${examId}/quiz/changes/`;

/** The anchor of an exam's section in the index (the address the single change log gave it). */
export const changelogAnchorFor = (examId: string) => `changes-${examId}`;
