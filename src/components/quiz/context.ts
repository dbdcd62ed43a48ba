import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { QuizStores } from '../../quiz/stores';

/** The island's stores, made once per exam by Quiz.tsx (createQuizStores) and read by every view. */
export const QuizContext = createContext<QuizStores | null>(null);

export function useQuiz(): QuizStores {
  const stores = useContext(QuizContext);
  if (!stores) throw new Error('a quiz view rendered outside the quiz island');
  return stores;
}
