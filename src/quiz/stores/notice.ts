import { atom } from 'nanostores';
import type { LoadProblem } from '../storage';

/** What a notice is about: the learner must know whether the current quiz or the history was touched. */
export type Subject = 'attempt' | 'history' | 'review';

export interface Notice {
  about: Subject;
  problem: LoadProblem;
}

export function createNotices() {
  /** Why saved data was set aside or changed on this visit, one short notice per subject. */
  const $notices = atom<Notice[]>([]);
  const reportProblem = (about: Subject, problem: LoadProblem | null) => {
    const now = $notices.get();
    if (problem && !now.some((n) => n.about === about)) $notices.set([...now, { about, problem }]);
  };
  const dismiss = (about: Subject) => $notices.set($notices.get().filter((n) => n.about !== about));
  return { $notices, reportProblem, dismiss };
}
