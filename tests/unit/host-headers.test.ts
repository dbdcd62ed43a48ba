import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/integrations/host-headers';
import { headersFor, parseHeadersFile } from '../../src/cli/headers-file.mjs';

const rulesFor = (base: string) => parseHeadersFile(headersFile(base));
const get = (base: string, path: string, name: string) => headersFor(rulesFor(base), path).get(name);

describe('_headers written for a base path', () => {
  it('puts the base path in front of every rule', () => {
    expect(rulesFor('/ai-102/').map((r) => r.source)).toEqual(['/ai-102/*', '/ai-102/_astro/*', '/ai-102/sw.js', '/ai-102/pagefind/pagefind-entry.json']);
    expect(rulesFor('/').map((r) => r.source)).toEqual(['/*', '/_astro/*', '/sw.js', '/pagefind/pagefind-entry.json']);
  });

  it('caches hashed assets forever and the worker and search entry never, under the base only', () => {
    expect(get('/ai-102/', '/ai-102/_astro/Quiz.abc123.js', 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(get('/ai-102/', '/ai-102/sw.js', 'Cache-Control')).toBe('no-cache');
    expect(get('/ai-102/', '/ai-102/pagefind/pagefind-entry.json', 'Cache-Control')).toBe('no-cache');
    expect(get('/ai-102/', '/ai-102/faq/', 'X-Frame-Options')).toBe('DENY');
    // Paths outside the base are another site's.
    expect(get('/ai-102/', '/_astro/Quiz.abc123.js', 'Cache-Control')).toBeUndefined();
    expect(get('/', '/_astro/Quiz.abc123.js', 'Cache-Control')).toBe('public, max-age=31536000, immutable');
  });
});

describe('reading a _headers file', () => {
  it('reads comments, CRLF lines, splats and placeholders, and joins a header two rules set', () => {
    const rules = parseHeadersFile(
      '# comment\r\n/*\r\n  Vary: Accept\r\n/blog/:slug/\r\n  Vary: Cookie\r\n  X-Robots-Tag: noindex\r\nhttps://other.example/*\r\n  X-Other: 1\r\n',
    );
    expect(Object.fromEntries(headersFor(rules, '/blog/post/'))).toEqual({ Vary: 'Accept, Cookie', 'X-Robots-Tag': 'noindex' });
    expect(Object.fromEntries(headersFor(rules, '/blog/a/b/'))).toEqual({ Vary: 'Accept' });
  });

  it('drops a header a server could not send: a bad name or a control character in the value', () => {
    const rules = parseHeadersFile('/*\n  Bad Name: x\n  X-Bell: a\x07b\n  X-Fine: ok\n');
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({ 'X-Fine': 'ok' });
  });

  it('treats dots and other pattern characters in a path literally', () => {
    const rules = parseHeadersFile('/sw.js\n  Cache-Control: no-cache\n');
    expect(headersFor(rules, '/swXjs').size).toBe(0);
    expect(headersFor(rules, '/sw.js').get('Cache-Control')).toBe('no-cache');
  });
});
