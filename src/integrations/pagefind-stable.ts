/*
 * Pagefind 1.5 writes its filter index in hash-map order, which changes from one run to the next
 * (Pagefind issue 638: fragments became stable in 1.3, "filter/metadata indexes" did not). The file
 * names carry a hash of the content, so two builds of the same pages differ in three files, and the
 * service worker's manifest with them. This puts each filter's values in byte order, renames the filter
 * files by their new content, and follows the names through the metadata file and pagefind-entry.json.
 * tests/unit/pagefind-stable.test.ts feeds Pagefind the same pages in two orders and fails if the files
 * still differ, or if Pagefind's format changes under this code.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const MAGIC = Buffer.from('pagefind_dcd');

/** The index just past the CBOR item that starts at i (definite lengths, as Pagefind writes). */
function skip(b: Buffer, i: number): number {
  const major = b[i]! >> 5;
  const info = b[i]! & 31;
  if (info > 27) throw new Error(`pagefind-stable: unexpected CBOR length ${info} at ${i}`);
  // The length is the info itself below 24, else in the next 1, 2, 4 or 8 bytes.
  const size = info < 24 ? 0 : 2 ** (info - 24);
  const n =
    info < 24 ? info : size === 1 ? b[i + 1]! : size === 2 ? b.readUInt16BE(i + 1) : size === 4 ? b.readUInt32BE(i + 1) : Number(b.readBigUInt64BE(i + 1));
  let j = i + 1 + size;
  if (major === 0 || major === 1 || major === 7) return j;
  if (major === 2 || major === 3) return j + n;
  if (major === 4 || major === 5) {
    for (let k = 0; k < (major === 5 ? 2 * n : n); k++) j = skip(b, j);
    return j;
  }
  return skip(b, j); // 6: a tag and its item
}

/** A filter file `[name, [[value, pages]…]]` with its values in byte order. */
export function sortFilter(gz: Uint8Array): Buffer {
  const raw = gunzipSync(gz);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC) || raw[MAGIC.length] !== 0x82) throw new Error('pagefind-stable: a filter file is not [name, values]');
  const listAt = skip(raw, MAGIC.length + 1);
  if (raw[listAt]! >> 5 !== 4) throw new Error('pagefind-stable: a filter has no list of values');
  const first = firstItem(raw, listAt);
  const items: Buffer[] = [];
  for (let at = first; at < raw.length;) {
    const end = skip(raw, at);
    items.push(raw.subarray(at, end));
    at = end;
  }
  items.sort(Buffer.compare);
  return gzipSync(Buffer.concat([raw.subarray(0, first), ...items]), { level: 9 });
}

/** Where the first item of the array whose header starts at i begins. */
function firstItem(b: Buffer, i: number): number {
  const info = b[i]! & 31;
  return i + 1 + (info < 24 ? 0 : info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 8);
}

/** Splits the items of the CBOR array whose header starts at i; returns them and the index past the array. */
function itemsOf(b: Buffer, i: number): { items: Buffer[]; end: number } {
  const items: Buffer[] = [];
  let at = firstItem(b, i);
  const info = b[i]! & 31;
  const n = info < 24 ? info : info === 24 ? b[i + 1]! : info === 25 ? b.readUInt16BE(i + 1) : b.readUInt32BE(i + 1);
  for (let k = 0; k < n; k++) {
    const end = skip(b, at);
    items.push(b.subarray(at, end));
    at = end;
  }
  return { items, end: at };
}

/** The metadata file `[version, …, [[filter, file]…], …]` with its list of filter files in byte order. */
function sortFilterList(raw: Buffer, filterFiles: string[]): Buffer {
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC) || raw[MAGIC.length]! >> 5 !== 4) throw new Error('pagefind-stable: the metadata file is not a list');
  const top = itemsOf(raw, MAGIC.length);
  const lists = top.items.filter((item) => item[0]! >> 5 === 4 && filterFiles.some((name) => item.includes(name)));
  if (filterFiles.length && lists.length !== 1) throw new Error('pagefind-stable: no single list of filter files in the metadata file');
  const parts = top.items.map((item) => {
    if (!lists.includes(item)) return item;
    const { items } = itemsOf(item, 0);
    return Buffer.concat([item.subarray(0, firstItem(item, 0)), ...items.sort(Buffer.compare)]);
  });
  return Buffer.concat([raw.subarray(0, firstItem(raw, MAGIC.length)), ...parts]);
}

const hex = (b: Uint8Array, n: number) => createHash('sha256').update(b).digest('hex').slice(0, n);

/** Pagefind's files with the filter index in a stable order and every name that depends on it. */
export function stablePagefind(files: PagefindFile[]): PagefindFile[] {
  const renames = new Map<string, string>();
  const out = files.map((f) => {
    const m = /^filter\/(\w+?)_(\w+)\.pf_filter$/.exec(f.path);
    if (!m) return f;
    const content = sortFilter(f.content);
    const hash = hex(content, m[2]!.length);
    renames.set(`${m[1]}_${m[2]}`, `${m[1]}_${hash}`);
    return { path: `filter/${m[1]}_${hash}.pf_filter`, content };
  });
  const metaRenames = new Map<string, string>();
  const withMeta = out.map((f) => {
    const m = /^pagefind\.(\w+?)_(\w+)\.pf_meta$/.exec(f.path);
    if (!m) return f;
    let text = gunzipSync(f.content).toString('latin1');
    // Same length, so the CBOR strings' headers stay right.
    for (const [from, to] of renames) text = text.split(from).join(to);
    const content = gzipSync(sortFilterList(Buffer.from(text, 'latin1'), [...renames.values()]), { level: 9 });
    const hash = hex(content, m[2]!.length);
    metaRenames.set(`${m[1]}_${m[2]}`, `${m[1]}_${hash}`);
    return { path: `pagefind.${m[1]}_${hash}.pf_meta`, content };
  });
  return withMeta.map((f) => {
    if (f.path !== 'pagefind-entry.json') return f;
    let json = Buffer.from(f.content).toString('utf8');
    for (const [from, to] of metaRenames) json = json.split(`"${from}"`).join(`"${to}"`);
    return { path: f.path, content: Buffer.from(json) };
  });
}
