import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The environment for an `astro build` started from vitest or vite-node. Both put Vite's own variables
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env; Astro would read them back, drop the base path
 * and build in development mode.
 */
export function buildEnv(extra: Record<string, string>, { isolated = false } = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  // A content cache of its own (astro.config.mjs reads it): builds that may run at once never share one.
  if (isolated) env.ASTRO_CACHE_DIR = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_NODE')) delete env[key];
  return env;
}

/**
 * Runs `astro build` with these arguments without blocking the test worker: a build takes half a minute
 * or more, and a worker blocked that long misses vitest's calls ("Timeout calling onTaskUpdate").
 */
export function astroBuild(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}
