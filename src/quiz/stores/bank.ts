import { atom, computed } from 'nanostores';
import type { Bank, Question } from '../bank-schema';

export type BankState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; bank: Bank; byId: ReadonlyMap<string, Question> };

export const $bank = atom<BankState>({ status: 'idle' });

export const $questions = computed($bank, (b) => (b.status === 'ready' ? b.byId : new Map<string, Question>()));

/** Fetches the bank once; the service worker serves it from cache when offline. */
export async function loadBank(url: string): Promise<void> {
  if ($bank.get().status === 'loading' || $bank.get().status === 'ready') return;
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
