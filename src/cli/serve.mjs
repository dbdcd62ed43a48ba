#!/usr/bin/env node
// The static server for dist/, mounted at the site's base path: used by `npm start`, `npm run preview`
// and the e2e tests. File handling is serve-static (Express's `send`: traversal, NUL bytes, malformed
// escapes, ranges, conditional requests, safe directory redirects, streams closed on abort) behind
// compression (gzip or brotli, as the browser asks). What is ours: the base path, 405 for methods a
// static host refuses, the headers from dist/_headers, and dist/404.html for what is not found.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import serveStatic from 'serve-static';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** @typedef {import('node:http').IncomingMessage & { originalUrl?: string }} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const NOT_FOUND_TEXT = 'Not found';

/** One build's files: its folder, the file handler over it and its `_headers` rules. */
function site(root) {
  const dir = resolve(root);
  const headersPath = join(dir, '_headers');
  return {
    dir,
    rules: existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [],
    files: serveStatic(dir, { index: ['index.html'], redirect: true, fallthrough: true, dotfiles: 'ignore' }),
  };
}

/** The decoded path as the file handler will see it, or null when it cannot be decoded. */
function decodedPath(path) {
  try {
    return posix.normalize(decodeURIComponent(path));
  } catch {
    return null;
  }
}

/**
 * @param {{ root?: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void>, setRoot: (root: string) => void }>}
 */
export async function serve({ root = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  // Swappable, so a test can "deploy" a second build to the same origin.
  let current = site(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const compress = compression();

  /** Sends dist/404.html with status 404 (or a line of text when the build has none). */
  async function notFound(req, res, dir) {
    const page = await readFile(join(dir, '404.html')).catch(() => null);
    if (res.headersSent || res.destroyed) return;
    res.statusCode = 404;
    res.setHeader('Content-Type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : (page ?? NOT_FOUND_TEXT));
  }

  /** @param {Response} res @param {unknown} error */
  function failed(res, error) {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Internal server error');
  }

  /** @param {Request} req @param {Response} res */
  function handle(req, res) {
    const { dir, rules, files } = current;
    const raw = req.url ?? '/';
    const pathname = raw.split('?', 1)[0] ?? '/';
    for (const [name, value] of headersFor(rules, decodedPath(pathname) ?? pathname)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      void notFound(req, res, dir).catch((error) => failed(res, error));
      return;
    }
    const inside = `/${raw.slice(prefix.length)}`;
    // The hosts' rules file is configuration, never content.
    if (decodedPath(inside.split('?', 1)[0] ?? '/')?.replace(/\/+$/, '') === '/_headers') {
      void notFound(req, res, dir).catch((error) => failed(res, error));
      return;
    }
    // As Express mounts a handler: it sees the path under the base; redirects use the original URL.
    req.originalUrl = raw;
    req.url = inside;
    compress(req, res, (compressError) => {
      if (compressError) return failed(res, compressError);
      files(req, res, (error) => {
        if (error) return failed(res, error);
        void notFound(req, res, dir).catch((e) => failed(res, e));
      });
    });
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      failed(res, error);
    }
  });
  // CONNECT (a proxy tunnel) never reaches the request handler: refuse it like any other method.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\n\r\n');
  });
  // A socket error (a reset, a malformed request) concerns that client alone.
  server.on('clientError', (_error, socket) => {
    if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok(undefined);
    });
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
      current = site(next);
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
