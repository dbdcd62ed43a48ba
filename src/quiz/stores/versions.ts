import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { changedQuestions, decodeSeen, versionsOf, type SeenVersions } from '../versions';
import { $attempt } from './attempt';
import { $bank } from './bank';
import { pageStorageKeys } from '../storage-keys';

/** The question versions the current attempt started with (kept apart from the attempt's own record). */
const $seen = persistentAtom<SeenVersions | null>(pageStorageKeys().versions, null, { encode: JSON.stringify, decode: decodeSeen });

/** Questions of the resumed attempt that changed since it started; found once per visit. */
export const $changedSinceStart = atom<ReadonlySet<string>>(new Set());

let compared: string | null = null;

$attempt.subscribe((a) => {
  const b = $bank.get();
  if (!a || b.status !== 'ready' || compared === a.id) return;
  compared = a.id;
  const current = versionsOf(a.questionIds, b.byId as ReadonlyMap<string, { version?: string }>);
  const seen = $seen.get();
  $changedSinceStart.set(new Set(seen?.attempt === a.id ? changedQuestions(seen.versions, current) : []));
  $seen.set({ attempt: a.id, versions: current });
});
