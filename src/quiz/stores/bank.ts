import { atom, computed } from 'nanostores';
import type { Bank, Question } from '../bank-schema';

export type BankState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; bank: Bank; byId: ReadonlyMap<string, Question> };

export const $bank = atom<BankState>({ status: 'idle' });

export const $questions = computed($bank, (b) => (b.status === 'ready' ? b.byId : new Map<string, Question>()));

let inflight: Promise<void> | undefined;

/** Fetches the bank once (a second call waits for the first); the service worker serves it from cache when offline. */
export function loadBank(url: string): Promise<void> {
  if ($bank.get().status === 'ready') return Promise.resolve();
  inflight ??= fetchBank(url).finally(() => {
    inflight = undefined;
  });
  return inflight;
}

async function fetchBank(url: string): Promise<void> {
  $bank.set({ status: 'loading' });
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    const bank = (await res.json()) as Bank;
    $bank.set({ status: 'ready', bank, byId: new Map(bank.questions.map((q) => [q.id, q])) });
  } catch (e) {
    $bank.set({ status: 'error', message: (e as Error).message });
  }
}
