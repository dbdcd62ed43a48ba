// Reads a Netlify / Cloudflare Pages `_headers` file, so the local server sends what production sends.

/**
 * @typedef {{ pattern: RegExp, source: string, headers: [string, string][] }} HeaderRule
 */

// RFC 9110 token for names; values may hold any visible character, space or tab (no CR, LF or NUL).
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * A rule's path as a regular expression: `*` matches anything (slashes included), `:name` one segment.
 * @param {string} path
 */
function toPattern(path) {
  const parts = path.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/);
  const source = parts
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Parses the file's text. Lines that are neither a path, an indented `Name: value` nor a comment are
 * skipped, as are rules for full URLs (another host) and values a server may not send.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderRule | null} */
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = trimmed.startsWith('/') ? { pattern: toPattern(trimmed), source: trimmed, headers: [] } : null;
      if (current) rules.push(current);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (!current || colon < 1) continue;
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (NAME.test(name) && VALUE.test(value)) current.headers.push([name, value]);
  }
  return rules;
}

/**
 * The headers every matching rule gives a path, in file order. A header named by two rules gets both
 * values joined with ", ", as Cloudflare Pages documents.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>} header name (as first written) to value
 */
export function headersFor(rules, pathname) {
  /** @type {Map<string, string>} */
  const out = new Map();
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (!names.has(key)) names.set(key, name);
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return new Map([...out].map(([key, value]) => [names.get(key) ?? key, value]));
}
