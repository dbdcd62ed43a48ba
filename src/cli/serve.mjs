#!/usr/bin/env node
// A small static server for dist/, mounted at the site's base path: used by `npm start` and the e2e tests.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * @param {{ root?: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void>, setRoot: (root: string) => void }>}
 */
export async function serve({ root = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  // Swappable, so a test can "deploy" a second build to the same origin.
  let dir = resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

  async function file(path) {
    try {
      const s = await stat(path);
      if (s.isDirectory()) return file(join(path, 'index.html'));
      return { path, size: s.size };
    } catch {
      return null;
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    const inside = pathname.startsWith(prefix);
    const rel = inside ? normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '') : null;
    let found = rel === null ? null : await file(join(dir, rel));
    // A directory URL without its slash: redirect as static hosts do.
    if (found && rel && !pathname.endsWith('/') && found.path.endsWith('index.html') && !rel.endsWith('index.html')) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const status = found ? 200 : 404;
    if (!found) found = await file(join(dir, '404.html'));
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(found.path).pipe(res);
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
    setRoot: (next) => {
      dir = resolve(next);
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const base = process.env.SITE_BASE ?? '/';
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  const { url } = await serve({ base, port, host });
  console.log(`\n  Serving dist/ at ${url}\n  Press Ctrl+C to stop.\n`);
}
