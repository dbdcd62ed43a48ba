import { atom } from 'nanostores';

/** What the polite live region says next. A counter makes a repeated message be read again. */
export const $announcement = atom<{ text: string; n: number }>({ text: '', n: 0 });

export function announce(text: string) {
  $announcement.set({ text, n: $announcement.get().n + 1 });
}
