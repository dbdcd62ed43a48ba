import { persistentAtom } from '@nanostores/persistent';
import './engine';
import { addToHistory, type HistoryEntry } from '../record';
import { decodeHistory, encodeHistory } from '../storage';
import { pageStorageKeys } from '../storage-keys';
import { keepAsIs } from './engine';
import { reportProblem } from './notice';

export const $history = persistentAtom<HistoryEntry[]>(pageStorageKeys().history, [], {
  encode: encodeHistory,
  decode: (raw) => {
    const { value, problem } = decodeHistory(raw);
    // A newer version's history is left untouched: this version's results stay in memory for the visit.
    if (problem === 'newer') keepAsIs(pageStorageKeys().history);
    reportProblem('history', problem);
    return value;
  },
});

export function record(entry: HistoryEntry) {
  $history.set(addToHistory($history.get(), entry));
}
