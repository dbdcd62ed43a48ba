import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../src/cli/serve.mjs';
import { filesUnder } from '../../src/utils/files';
import { BASE, buildSite } from '../e2e/global-setup';
import { findEngines, type Engines } from './engines.mjs';
import { flakyProxy } from './flaky';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ as built, for Firefox (WebDriver BiDi reports its console and errors). */
    baseUrl: string;
    /** A copy of dist/ whose pages first load record-errors.js, for WebKit (classic WebDriver reports neither). */
    webkitBaseUrl: string;
    engines: Engines;
    /** Each in front of the matching server above, on an origin of its own, with downloads that can be made to fail (flaky.ts). */
    flakyUrl: string;
    webkitFlakyUrl: string;
  }
}

export const ERROR_RECORDER = '__engine-smoke/record-errors.js';

/** Copies dist/ and puts the error recorder first in every page's head. */
function instrumentedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engine-smoke-'));
  cpSync('dist', dir, { recursive: true });
  cpSync(new URL('./record-errors.js', import.meta.url), join(dir, ERROR_RECORDER));
  const tag = `<script src="${BASE}${ERROR_RECORDER}"></script>`;
  for (const file of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (!/<head>/.test(html)) throw new Error(`${file} has no <head> to put the error recorder in`);
    writeFileSync(join(dir, file), html.replace('<head>', `<head>${tag}`));
  }
  return dir;
}

/** Builds dist/ under the e2e base path (unless E2E_NO_BUILD=1), then serves it as is and instrumented. */
export default async function setup(project: TestProject) {
  const { found, missing } = findEngines();
  if (missing.length) throw new Error(`Missing ${missing.join(', ')}: run \`node tests/engines/engines.mjs\` (npm test does this first).`);
  buildSite('engines');
  const copy = instrumentedCopy();
  const plain = await serve({ root: 'dist', base: BASE, port: 0 });
  const instrumented = await serve({ root: copy, base: BASE, port: 0 });
  project.provide('baseUrl', plain.url);
  project.provide('webkitBaseUrl', instrumented.url);
  project.provide('engines', found as Engines);
  const flaky = await flakyProxy(plain.url);
  const webkitFlaky = await flakyProxy(instrumented.url);
  project.provide('flakyUrl', flaky.url);
  project.provide('webkitFlakyUrl', webkitFlaky.url);
  return async () => {
    await Promise.all([plain.close(), instrumented.close(), flaky.close(), webkitFlaky.close()]);
    rmSync(copy, { recursive: true, force: true });
  };
}
