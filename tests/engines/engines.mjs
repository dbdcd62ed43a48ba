#!/usr/bin/env node
/*
 * Finds the two other browser engines for the smoke suite: Firefox (Debian's `firefox-esr`, driven
 * over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb display).
 * FIREFOX_PATH, MINIBROWSER_PATH and WEBKIT_DRIVER_PATH override the usual install paths. With anything
 * missing, as root on Debian or Ubuntu it installs the packages with apt-get and says so; anywhere else
 * it stops with the command to run. A missing engine is a failure, never a skip.
 */
import { existsSync } from 'node:fs';
import { ensureTool } from '../support/apt.mjs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian packages that provide the engines (xvfb gives WebKit a display on a machine without one). */
export const PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb'];

const PATHS = {
  firefox: { env: 'FIREFOX_PATH', candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'] },
  miniBrowser: {
    env: 'MINIBROWSER_PATH',
    candidates: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    ],
  },
  webkitDriver: { env: 'WEBKIT_DRIVER_PATH', candidates: ['/usr/bin/WebKitWebDriver'] },
  xvfb: { env: 'XVFB_PATH', candidates: ['/usr/bin/Xvfb'] },
};

/** @typedef {{ firefox: string, miniBrowser: string, webkitDriver: string, xvfb: string }} Engines */

/** @returns {{ found: Partial<Engines>, missing: string[] }} */
export function findEngines(env = process.env) {
  /** @type {Record<string, string>} */
  const found = {};
  const missing = [];
  for (const [name, { env: key, candidates }] of Object.entries(PATHS)) {
    const override = env[key];
    if (override && !existsSync(override)) throw new Error(`${key} is set to ${override}, but no file is there.`);
    const path = override || candidates.find((p) => existsSync(p));
    if (path) found[name] = path;
    else missing.push(name);
  }
  return { found, missing };
}

/** @returns {Engines} */
export function ensureEngines() {
  return ensureTool({
    find: () => {
      const { found, missing } = findEngines();
      return missing.length ? null : /** @type {Engines} */ (found);
    },
    packages: PACKAGES,
    what: `Firefox and WebKitGTK (missing: ${findEngines().missing.join(', ')})`,
    otherwise: 'install Firefox, WebKitGTK (MiniBrowser and WebKitWebDriver) and Xvfb, or set FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_DRIVER_PATH and XVFB_PATH',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const e = ensureEngines();
  console.log(`Engine smoke tests will use ${e.firefox}, and ${e.miniBrowser} through ${e.webkitDriver} on ${e.xvfb}`);
}
