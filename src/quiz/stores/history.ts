import { persistentAtom } from '@nanostores/persistent';
import './engine';
import { addToHistory, type HistoryEntry } from '../history';
import { decodeHistory, encodeHistory } from '../storage';
import { pageStorageKeys } from '../storage-keys';
import { reportProblem } from './notice';

export const $history = persistentAtom<HistoryEntry[]>(pageStorageKeys().history, [], {
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
