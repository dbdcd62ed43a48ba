import { atom, computed } from 'nanostores';
import type { Bank, Question } from '../bank-schema';

export type BankState =
  { status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; bank: Bank; byId: ReadonlyMap<string, Question> };

/** The exam's question bank, fetched from url when first asked for. */
export function createBank(url: string) {
  const $bank = atom<BankState>({ status: 'idle' });
  const $questions = computed($bank, (b) => (b.status === 'ready' ? b.byId : new Map<string, Question>()));
  let inflight: Promise<void> | undefined;

  /** Sets the bank as loaded (the fetch below, or a test). */
  const bankLoaded = (bank: Bank) => $bank.set({ status: 'ready', bank, byId: new Map(bank.questions.map((q) => [q.id, q])) });

  async function fetchBank(): Promise<void> {
    $bank.set({ status: 'loading' });
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      bankLoaded((await res.json()) as Bank);
    } catch (e) {
      $bank.set({ status: 'error', message: (e as Error).message });
    }
  }

  /** Fetches the bank once (a second call waits for the first); the service worker serves it from cache when offline. */
  function loadBank(): Promise<void> {
    if ($bank.get().status === 'ready') return Promise.resolve();
    inflight ??= fetchBank().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return { $bank, $questions, loadBank, bankLoaded };
}
export type BankStores = ReturnType<typeof createBank>;
