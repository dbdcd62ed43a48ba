#!/usr/bin/env node
/*
 * Finds a Chromium for the browser tests: CHROME_PATH first, then the usual install paths.
 * With none, as root on Debian or Ubuntu it installs Debian's `chromium` package and says so;
 * anywhere else it stops with the command to run. A missing browser is a failure, never a skip.
 */
import { existsSync } from 'node:fs';
import { ensureTool } from './apt.mjs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** @returns {string | null} */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const ensureChromium = () =>
  ensureTool({
    find: () => findChromium(),
    packages: ['chromium'],
    what: 'Chromium',
    otherwise: 'install Chromium or Google Chrome, or set CHROME_PATH=/path/to/chrome',
  });

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Browser tests will use ${ensureChromium()}`);
}
