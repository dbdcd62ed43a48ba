import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `_headers` file Netlify and Cloudflare Pages read (and `src/cli/serve.mjs` applies locally).
 * Its rules match URL paths, so each path carries the base the site is built under.
 */
export function headersFile(base: string): string {
  const at = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  return `# Security and cache headers for hosts that read this file (Netlify, Cloudflare Pages); generated
# by src/integrations/host-headers.ts. Each page also carries its own Content-Security-Policy in a
# <meta> tag with the hashes of its scripts.
${at('/*')}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()
  Cross-Origin-Opener-Policy: same-origin
  Strict-Transport-Security: max-age=31536000; includeSubDomains

${at('/_astro/*')}
  Cache-Control: public, max-age=31536000, immutable

# The service worker and the search entry file must never be served stale.
${at('/sw.js')}
  Cache-Control: no-cache
${at('/pagefind/pagefind-entry.json')}
  Cache-Control: no-cache
`;
}

/** Writes dist/_headers for the base this build is under. */
export function hostHeaders(base: string): AstroIntegration {
  return {
    name: 'host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
