/*
 * The local server (`npm start`, `npm run preview`, these tests) under hostile and ordinary use:
 * odd request targets sent byte for byte over bare sockets, aborted downloads, compression, methods,
 * and the production headers from dist/_headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '../../src/cli/serve.mjs';
import { header, rawRequest, type RawResponse } from './raw-http';

import { BASE } from './global-setup';
let server: Awaited<ReturnType<typeof serve>>;
let port: number;

beforeAll(async () => {
  server = await serve({ root: 'dist', base: BASE, port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

const get = (path: string, extra: string[] = []) => rawRequest(port, 'GET', path, extra);
const html = (r: RawResponse) => r.body.toString('utf8');

/** mulberry32: a fixed seed gives the same corpus on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Raw bytes are written with \x escapes and sent as latin1, so "\xff" is one invalid UTF-8 byte.
const PIECES = [
  '%0a',
  '%0d',
  '%0d%0a',
  '%0A%0D',
  '%00',
  '%c0%ae',
  '%c0%af',
  '%e0%80%ae',
  '%c1%9c',
  '%f0%80%80%af',
  '%ff',
  '%fe%ff',
  '%c3%28',
  '%ed%a0%80',
  '%',
  '%%',
  '%2',
  '%zz',
  '%2e',
  '%2e%2e',
  '%2e%2e%2f',
  '..%2f',
  '..%5c',
  '%252e%252e%252f',
  '..',
  '.',
  '',
  '\\',
  '%5c',
  '_headers',
  '%5fheaders',
  '_HEADERS',
  'quiz',
  'faq',
  'index.html',
  '404.html',
  'sw.js',
  '_astro',
  'pagefind',
  'quiz?x=%0a',
  '#frag',
  '&',
  '%3cscript%3e',
  '"',
  "'",
  '%20',
  '~',
  '*',
  '..;',
  '%u002e',
  '\xc3\xa9',
  '\xff',
  '\xfe\xfe',
  '\x7f',
  ';',
  '%09',
  'a'.repeat(255),
  'con',
  'aux.txt',
  '%2f',
  '%2F%2F',
  'http:',
  'x.js.map',
  '.git',
  '.env',
  '%2e%65%6e%76',
];
const STARTS = [BASE, BASE, BASE, '/', '', BASE.slice(0, -1), '//', '/%2e%2e/', `http://127.0.0.1${BASE}`, '*', `${BASE.slice(0, -1)}%2f`];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'PROPFIND', 'TRACE', 'CONNECT'];
// Odd request headers, added to some requests.
const HEADERS = [
  'Range: bytes=0-0,1-1,2-2',
  'Range: bytes=999999999-',
  'Range: bytes=-',
  'Range: chars=1-2',
  'Range: bytes=5-1',
  'If-None-Match: *',
  'If-Modified-Since: yesterday',
  'If-Range: "x"',
  'Accept-Encoding: br;q=2, gzip;q=-1',
  'Accept-Encoding: *',
  'Accept-Encoding: \xff\xfe',
  'Expect: 100-continue',
  'Host: \x7f',
  'Cookie: \xc0\xae',
];

function corpus(count: number): { method: string; target: string; extra: string[] }[] {
  const rand = seeded(102);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const fixed = [
    `${BASE}quiz%0a%2f..%2fquiz`,
    `${BASE}quiz%0d%0aSet-Cookie:%20x=1`,
    `${BASE}%2e%2e/package.json`,
    `${BASE}..%2f..%2f..%2f..%2fetc%2fpasswd`,
    `${BASE}%c0%ae%c0%ae/%c0%ae%c0%ae/package.json`,
    `${BASE}${'a/'.repeat(4000)}`,
    `${BASE}${'%41'.repeat(40_000)}`,
    `${BASE}faq\x00`,
    `${BASE}faq\r`,
    `${BASE}\nfaq`,
  ].map((target) => ({ method: 'GET', target, extra: [] as string[] }));
  const random = Array.from({ length: count - fixed.length }, () => {
    const parts = Array.from({ length: 1 + Math.floor(rand() * 7) }, () => pick(PIECES));
    const target = pick(STARTS) + parts.join(rand() < 0.5 ? '/' : '');
    return { method: pick(METHODS), target, extra: rand() < 0.3 ? [pick(HEADERS)] : [] };
  });
  return [...fixed, ...random];
}

// Text that exists only outside dist/: it must never come back in a response.
const OUTSIDE = ['"devDependencies"', 'root:x:0:0'];

describe('the local server under odd requests', () => {
  it('answers 1,200 odd requests without crashing, leaking files or writing CR/LF into headers', async () => {
    const requests = corpus(1200);
    const problems: string[] = [];
    const statuses = new Map<number | null, number>();
    for (const [i, { method, target, extra }] of requests.entries()) {
      const res = await rawRequest(port, method, target, extra);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const shown = JSON.stringify(`${method} ${target.slice(0, 80)} ${extra.join(' ')}`);
      if (res.status === null || res.status >= 500) problems.push(`${shown}: status ${res.status}`);
      const location = header(res, 'location');
      // A control character in a Location header is what this check looks for.
      // eslint-disable-next-line no-control-regex
      if (location !== undefined && (/[\x00-\x1f\x7f]/.test(location) || !location.startsWith('/') || location.startsWith('//'))) {
        problems.push(`${shown}: Location ${JSON.stringify(location)}`);
      }
      const body = res.body.toString('latin1');
      for (const secret of OUTSIDE) if (body.includes(secret)) problems.push(`${shown}: served a file outside dist/`);
      // The server still serves a page between odd requests.
      if (i % 100 === 99 && (await get(BASE)).status !== 200) problems.push(`after ${shown}: the home page is gone`);
    }
    console.log(`fuzz: ${requests.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    expect((await get(BASE)).status).toBe(200);
  });

  it('never serves _headers, however the path is spelled', async () => {
    for (const path of [
      '_headers',
      '%5fheaders',
      '%5F%68eaders',
      './_headers',
      'x/../_headers',
      '_headers/',
      '/_headers',
      '_headers?x=1',
      'quiz/%2e%2e/_headers',
    ]) {
      const res = await get(`${BASE}${path}`);
      expect.soft(res.status, path).toBe(404);
      expect.soft(html(res), path).not.toContain('X-Frame-Options');
    }
  });
});

describe('the local server in ordinary use', () => {
  it('compresses with gzip or brotli, as the browser asks', async () => {
    const page = readFileSync('dist/index.html');
    const gzip = await get(BASE, ['Accept-Encoding: gzip']);
    expect(header(gzip, 'content-encoding')).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(page)).toBe(true);
    const br = await get(BASE, ['Accept-Encoding: gzip, deflate, br']);
    expect(header(br, 'content-encoding')).toBe('br');
    expect(brotliDecompressSync(br.body).equals(page)).toBe(true);
    const plain = await get(BASE);
    expect(header(plain, 'content-encoding')).toBeUndefined();
    expect(plain.body.equals(page)).toBe(true);
  });

  it('answers HEAD with headers only and refuses other methods with 405', async () => {
    const head = await rawRequest(port, 'HEAD', `${BASE}faq/`);
    expect(head.status).toBe(200);
    expect(header(head, 'content-type')).toBe('text/html; charset=utf-8');
    expect(head.body.length).toBe(0);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await rawRequest(port, method, `${BASE}faq/`, ['Content-Length: 0']);
      expect.soft(res.status, method).toBe(405);
      expect.soft(header(res, 'allow'), method).toBe('GET, HEAD');
      expect.soft(html(res), method).not.toContain('<html');
    }
  });

  it('sends the headers production sends, from dist/_headers under the base path', async () => {
    const home = await get(BASE);
    expect(header(home, 'x-content-type-options')).toBe('nosniff');
    expect(header(home, 'x-frame-options')).toBe('DENY');
    expect(header(home, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(header(home, 'cross-origin-opener-policy')).toBe('same-origin');
    const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.js'))!;
    expect(header(await get(`${BASE}_astro/${asset}`), 'cache-control')).toBe('public, max-age=31536000, immutable');
    expect(header(await get(`${BASE}sw.js`), 'cache-control')).toBe('no-cache');
    expect(header(await get(`${BASE}pagefind/pagefind-entry.json`), 'cache-control')).toBe('no-cache');
  });

  it('redirects a directory URL without its slash, and answers a missing page with the 404 page', async () => {
    const faq = await get(`${BASE}faq`);
    expect(faq.status).toBe(301);
    expect(header(faq, 'location')).toBe(`${BASE}faq/`);
    const root = await get(BASE.slice(0, -1));
    expect(root.status).toBe(301);
    expect(header(root, 'location')).toBe(BASE);
    const missing = await get(`${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(html(missing)).toContain('Page not found');
  });
});

describe('the local server under aborted downloads', () => {
  let dir: string;
  let big: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    // Files far larger than the socket buffers, so every abort lands mid-download.
    dir = mkdtempSync(join(tmpdir(), 'serve-abort-'));
    writeFileSync(join(dir, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 7));
    writeFileSync(join(dir, 'big.txt'), 'lorem ipsum dolor sit amet\n'.repeat(300_000));
    // A file that cannot be read: opening it fails with ELOOP.
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    big = await serve({ root: dir, base: '/', port: 0 });
  });
  afterAll(async () => {
    await big?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Starts a download, waits for its first bytes, then drops the connection. */
  const abort = (p: number, path: string, encoding: string) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(p, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: ${encoding}\r\n\r\n`));
      socket.once('data', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
      socket.on('close', () => resolve(false));
    });

  it('answers a file it cannot read with an error status and keeps serving', async () => {
    const p = Number(new URL(big.url).port);
    const res = await rawRequest(p, 'GET', '/loop.txt');
    expect(res.status).toBe(500);
    expect((await rawRequest(p, 'HEAD', '/big.bin')).status).toBe(200);
  });

  it('holds no file descriptor open after 1,000 aborted downloads', async () => {
    const p = Number(new URL(big.url).port);
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    let aborted = 0;
    for (let i = 0; i < 1000; i += 10) {
      const batch = Array.from({ length: 10 }, (_, j) => abort(p, (i + j) % 2 ? '/big.bin' : '/big.txt', (i + j) % 4 === 0 ? 'gzip' : 'identity'));
      aborted += (await Promise.all(batch)).filter(Boolean).length;
    }
    // Closing is asynchronous: wait (bounded) for the server to notice every dropped socket.
    await expect.poll(fds, { timeout: 10_000, interval: 50 }).toBeLessThanOrEqual(before + 5);
    console.log(`aborts: ${aborted} aborted downloads; descriptors before ${before}, after ${fds()}`);
    expect(aborted).toBe(1000);
    const after = await rawRequest(p, 'HEAD', '/big.bin');
    expect(after.status).toBe(200);
  });
});
