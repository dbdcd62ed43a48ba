/*
 * A proxy in front of a test server whose downloads can be made to fail: while a pattern is "down",
 * a request whose path matches it gets a dropped connection, as a lost network does. Tests switch it
 * over HTTP (the server lives in the global setup's process): POST /__flaky/down?pattern=<RegExp>,
 * POST /__flaky/up. Each proxy is an origin of its own, so no service worker or cache from another
 * test stands between the page and the failure.
 */
import { createServer, request } from 'node:http';

export async function flakyProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const to = new URL(target);
  let down: RegExp | null = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    if (url.pathname.startsWith('/__flaky/')) {
      down = url.pathname === '/__flaky/down' ? new RegExp(url.searchParams.get('pattern') ?? '$^') : null;
      res.writeHead(204).end();
      return;
    }
    if (down?.test(url.pathname)) {
      req.socket.destroy();
      return;
    }
    const upstream = request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: { ...req.headers, host: to.host } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    close: () => new Promise<void>((ok) => (server.close(() => ok()), server.closeAllConnections())),
  };
}

/** Makes downloads whose path matches the pattern fail (or, with null, succeed again). */
export async function setDown(proxyUrl: string, pattern: string | null) {
  const origin = new URL(proxyUrl).origin;
  const res = await fetch(pattern ? `${origin}/__flaky/down?pattern=${encodeURIComponent(pattern)}` : `${origin}/__flaky/up`, { method: 'POST' });
  if (res.status !== 204) throw new Error(`flaky proxy: ${res.status}`);
}
