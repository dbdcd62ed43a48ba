/*
 * The storage behind every persistent store. Private windows and full quotas make localStorage throw;
 * this engine then keeps data in memory for the rest of the visit and says so, instead of failing.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** 'local' while saving works; 'memory' once the browser refused (progress lasts until the tab closes). */
export const $storageMode = atom<'local' | 'memory'>('local');

function localStorageOrNull(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = '__ai102_probe__';
    s.setItem(probe, probe);
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function createEngine(storage: Storage | null): Record<string, string> {
  const memory = new Map<string, string>();
  let local = storage;
  if (!local) $storageMode.set('memory');
  const fallBack = () => {
    local = null;
    $storageMode.set('memory');
  };
  return new Proxy({} as Record<string, string>, {
    get(_, key: string) {
      if (memory.has(key)) return memory.get(key);
      try {
        return local?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(_, key: string, value: string) {
      memory.set(key, value);
      try {
        local?.setItem(key, value);
      } catch {
        fallBack();
      }
      return true;
    },
    has(_, key: string) {
      if (memory.has(key)) return true;
      try {
        return local?.getItem(key) != null;
      } catch {
        return false;
      }
    },
    deleteProperty(_, key: string) {
      memory.delete(key);
      try {
        local?.removeItem(key);
      } catch {
        fallBack();
      }
      return true;
    },
  });
}

if (typeof window !== 'undefined') setPersistentEngine(createEngine(localStorageOrNull()), windowPersistentEvents);
