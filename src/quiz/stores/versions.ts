import { atom, onMount, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Attempt } from '../attempt';
import { changedQuestions, decodeSeen, versionsOf, type SeenVersions } from '../versions';
import type { BankState } from './bank';

export function createVersions(key: string, $attempt: ReadableAtom<Attempt | null>, $bank: ReadableAtom<BankState>) {
  /** The question versions the current attempt started with (kept apart from the attempt's own record). */
  const $seen = persistentAtom<SeenVersions | null>(key, null, { encode: JSON.stringify, decode: decodeSeen });

  /** Questions of the resumed attempt that changed since it started; found once per attempt and visit. */
  const $changedSinceStart = atom<ReadonlySet<string>>(new Set());

  let compared: string | null = null;
  onMount($changedSinceStart, () =>
    $attempt.subscribe((a) => {
      const b = $bank.get();
      if (!a || b.status !== 'ready' || compared === a.id) return;
      compared = a.id;
      const current = versionsOf(a.questionIds, b.byId as ReadonlyMap<string, { version?: string }>);
      const seen = $seen.get();
      $changedSinceStart.set(new Set(seen?.attempt === a.id ? changedQuestions(seen.versions, current) : []));
      $seen.set({ attempt: a.id, versions: current });
    }),
  );
  return { $changedSinceStart };
}
