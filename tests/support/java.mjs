#!/usr/bin/env node
/*
 * Finds Java for the W3C Nu Html Checker (vnu-jar runs on Java 11 or newer): JAVA_PATH, then `java` on
 * the PATH and the usual install paths. With none, as root on Debian or Ubuntu it installs Debian's
 * default-jre-headless; anywhere else it stops with the command to run. Never a silent skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTool } from './apt.mjs';

const CANDIDATES = ['/usr/bin/java', '/usr/lib/jvm/default-java/bin/java', '/usr/local/bin/java'];

/** @returns {string | null} */
export function findJava(env = process.env) {
  if (env.JAVA_PATH) {
    if (existsSync(env.JAVA_PATH)) return env.JAVA_PATH;
    throw new Error(`JAVA_PATH is set to ${env.JAVA_PATH}, but no file is there.`);
  }
  const onPath = (() => {
    try {
      return execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim() || null;
    } catch {
      return null;
    }
  })();
  return onPath ?? CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const ensureJava = () =>
  ensureTool({
    find: () => findJava(),
    packages: ['default-jre-headless'],
    what: 'Java (for the Nu Html Checker)',
    otherwise: 'install Java 11 or newer, or set JAVA_PATH=/path/to/java',
  });

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`The Nu Html Checker will run on ${ensureJava()}`);
}
