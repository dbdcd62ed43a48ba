import { atom } from 'nanostores';

export function createAnnouncer() {
  /** What the polite live region says next. A counter makes a repeated message be read again. */
  const $announcement = atom<{ text: string; n: number }>({ text: '', n: 0 });
  const announce = (text: string) => $announcement.set({ text, n: $announcement.get().n + 1 });
  return { $announcement, announce };
}
