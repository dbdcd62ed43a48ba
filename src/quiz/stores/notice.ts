import { atom } from 'nanostores';
import type { LoadProblem } from '../storage';

/** Why saved progress was set aside on this visit, shown once as a short notice. */
export const $loadProblem = atom<LoadProblem | null>(null);

export function reportProblem(problem: LoadProblem | null) {
  if (problem && !$loadProblem.get()) $loadProblem.set(problem);
}
