// HTTP over a bare socket, so a request line reaches the server byte for byte (no URL normalising).
import { connect } from 'node:net';

export interface RawResponse {
  /** null when the server closed or stalled without a status line. */
  status: number | null;
  headers: [string, string][];
  body: Buffer;
}

export function header(res: RawResponse, name: string): string | undefined {
  return res.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** Sends `METHOD target HTTP/1.1` with `Connection: close` and reads everything until the server closes. */
export function rawRequest(port: number, method: string, target: Buffer | string, extra: string[] = []): Promise<RawResponse> {
  const head = Buffer.concat([
    Buffer.from(`${method} `, 'latin1'),
    typeof target === 'string' ? Buffer.from(target, 'latin1') : target,
    Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra.map((h) => `${h}\r\n`).join('')}\r\n`, 'latin1'),
  ]);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    // A guard against a server that hangs; a healthy one answers in milliseconds.
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(parse(Buffer.concat(chunks))));
  });
}

function parse(raw: Buffer): RawResponse {
  // An interim response (100 Continue) comes before the real one.
  while (/^HTTP\/1\.1 1\d\d /.test(raw.subarray(0, 13).toString('latin1')) && raw.indexOf('\r\n\r\n') >= 0) {
    raw = raw.subarray(raw.indexOf('\r\n\r\n') + 4);
  }
  const end = raw.indexOf('\r\n\r\n');
  const text = raw.subarray(0, end < 0 ? raw.length : end).toString('latin1');
  const [statusLine = '', ...lines] = text.split('\r\n');
  const m = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine);
  const headers = lines.map((l): [string, string] => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon), l.slice(colon + 1).trim()];
  });
  let body = end < 0 ? Buffer.alloc(0) : raw.subarray(end + 4);
  if (header({ status: null, headers, body }, 'transfer-encoding') === 'chunked') body = dechunk(body);
  return { status: m ? Number(m[1]) : null, headers, body };
}

function dechunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    out.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}
