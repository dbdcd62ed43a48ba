import { persistentAtom } from '@nanostores/persistent';
import { addToHistory, type HistoryEntry } from '../record';
import { decodeHistory, encodeHistory } from '../storage';
import { keepAsIs } from './engine';
import type { Subject } from './notice';
import type { LoadProblem } from '../storage';

export function createHistory(key: string, reportProblem: (about: Subject, problem: LoadProblem | null) => void) {
  const $history = persistentAtom<HistoryEntry[]>(key, [], {
    // An empty history is no saved history (after progress is cleared, the key goes).
    encode: (entries) => (entries.length ? encodeHistory(entries) : undefined),
    decode: (raw) => {
      const { value, problem } = decodeHistory(raw);
      // A newer version's history is left untouched: this version's results stay in memory for the visit.
      if (problem === 'newer') keepAsIs(key);
      reportProblem('history', problem);
      return value;
    },
  });
  const record = (entry: HistoryEntry) => $history.set(addToHistory($history.get(), entry));
  return { $history, record };
}
