import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { rewriteHtml } from './defer-page-scripts';

/**
 * Astro's CSP meta tag lists the hash of every inline script and style the site may use (every client
 * directive, the island loader, other pages' styles) on every page: a dozen 44-character hashes that
 * do not compress, on pages whose first TCP round trip holds only about 14 KB. This step keeps, per
 * page, the hashes of the inline scripts and styles that page carries and drops the rest, which that
 * page never runs. tests/e2e/build-output.test.ts checks every built page against its own content,
 * so a change in how Astro writes its policy fails a test.
 */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
// Inline code the browser runs or applies: scripts without src (JSON data blocks excluded) and styles.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's own hashes: those of its inline scripts and styles. */
function pageHashes(html: string): Set<string> {
  return new Set([...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1]!)));
}

export function keepPageHashes(html: string): string {
  const own = pageHashes(html);
  return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    const kept = policy.replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, (token) => (own.has(token.trim()) ? token : ''));
    return open + kept + close;
  });
}

export function cspPageHashes(): AstroIntegration {
  return {
    name: 'csp-page-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => rewriteHtml(dir, keepPageHashes),
    },
  };
}
