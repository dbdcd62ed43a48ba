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
  // --force and a content cache of its own: never reuse or share content cached by another build (the e2e
  // suite builds copies too, and another checkout may share node_modules).
  const run = spawnSync('npx', ['astro', 'build', '--force'], {
    env: buildEnv({ SITE_BASE: BASE }, { isolated: true }),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout.slice(-4000)}\n${run.stderr}`);
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
