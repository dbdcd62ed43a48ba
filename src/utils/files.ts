import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, at any depth, as paths relative to it, sorted (a stable order for hashes and
 * listings). The site's one directory walker: the build steps, the bench and the tests all use it.
 */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** The same files as paths that start with `dir`. */
export const filesIn = (dir: string): string[] => filesUnder(dir).map((f) => join(dir, f));
