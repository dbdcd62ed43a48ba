import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serve } from '../../src/cli/serve.mjs';
import { findChromium } from '../support/chromium.mjs';
import { buildEnv } from '../support/build-env';

// Neutral on purpose: exam pages live under /<exam>/, and /prep/ai-102/ reads better than /ai-102/ai-102/.
export const BASE = '/prep/';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

/** Builds dist/ under BASE, unless E2E_NO_BUILD=1 says the one there is fresh (the engine smoke suite shares it). */
export function buildSite(label = 'e2e') {
  if (process.env.E2E_NO_BUILD === '1') return;
  const started = Date.now();
  // --force: never reuse content cached by another build (the e2e suite also builds a copy with a fixture bank).
  const run = spawnSync('npx', ['astro', 'build', '--force'], {
    env: buildEnv({ SITE_BASE: BASE }),
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}`);
  console.log(`${label}: built dist/ under ${BASE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds dist/ under a base path (unless E2E_NO_BUILD=1) and serves it for every e2e file. */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium found: run `node tests/support/chromium.mjs` (npm test does this first).');
  buildSite();
  const server = await serve({ root: 'dist', base: BASE, port: 0 });
  project.provide('baseUrl', server.url);
  project.provide('chromium', chromium);
  return () => server.close();
}
