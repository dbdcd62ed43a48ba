import { persistentAtom } from '@nanostores/persistent';
import './engine';
import { addToHistory, type HistoryEntry } from '../history';
import { decodeHistory, encodeHistory, HISTORY_KEY } from '../storage';
import { reportProblem } from './notice';

export const $history = persistentAtom<HistoryEntry[]>(HISTORY_KEY, [], {
  encode: encodeHistory,
  decode: (raw) => {
    const { value, problem } = decodeHistory(raw);
    reportProblem(problem);
    return value;
  },
});

export function record(entry: HistoryEntry) {
  $history.set(addToHistory($history.get(), entry));
}
