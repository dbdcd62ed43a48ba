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
