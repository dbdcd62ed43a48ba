/*
 * The storage behind every persistent store. Private windows make localStorage throw and a full
 * quota makes writes throw; the engine then keeps new data in memory for the rest of the visit and
 * says so, while still reading what was saved before, so a full disk never hides a saved quiz.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/**
 * 'local' while saving works; 'full' when saved data can be read but new writes are refused (new
 * progress lasts until the tab closes); 'memory' when there is no storage at all.
 */
export const $storageMode = atom<'local' | 'full' | 'memory'>('local');

/** Keys whose saved data came from a newer version: read-only here, so this version never overwrites them. */
const keptAsIs = new Set<string>();
export function keepAsIs(key: string) {
  keptAsIs.add(key);
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createEngine(local: Storage | null): Record<string, string> {
  // What this visit wrote and could not save (undefined: deleted); it shadows the saved value.
  // A new engine is a new page: what an earlier one kept as it is was decided for that page.
  keptAsIs.clear();
  const memory = new Map<string, string | undefined>();
  let writable = !!local;
  if (!local) $storageMode.set('memory');
  const read = (key: string) => {
    if (memory.has(key)) return memory.get(key);
    try {
      return local?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = (key: string, value?: string) => {
    memory.set(key, value);
    if (writable && !keptAsIs.has(key)) {
      try {
        if (value === undefined) local!.removeItem(key);
        else local!.setItem(key, value);
        memory.delete(key);
      } catch {
        // A full quota refuses the write: reads go on, so nothing saved is hidden.
        writable = false;
        $storageMode.set('full');
      }
    }
    return true;
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, key: string) => read(key),
    has: (_, key: string) => read(key) !== undefined,
    set: (_, key: string, value: string) => write(key, value),
    deleteProperty: (_, key: string) => write(key),
  });
}

let installed: Record<string, string> | null = null;

/** Puts the engine over the browser's localStorage behind every persistent store; once per page, and only in a browser. */
export function useBrowserStorage() {
  if (installed || typeof window === 'undefined') return;
  installed = createEngine(localStorageOrNull());
  setPersistentEngine(installed, windowPersistentEvents);
}

/**
 * The page's storage as a Storage-like object (the progress file reads and writes through it): the same
 * engine as the stores', so without storage, or with a full one, an import lasts for the visit as progress does.
 */
export function savedData(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const engine = installed ?? createEngine(localStorageOrNull());
  return {
    getItem: (key) => engine[key] ?? null,
    setItem: (key, value) => void (engine[key] = value),
    removeItem: (key) => void delete engine[key],
  };
}
