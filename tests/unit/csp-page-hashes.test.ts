import { describe, expect, it } from 'vitest';
import { keepPageHashes } from '../../src/integrations/csp-page-hashes';

// Hashes worked out with `printf '%s' '<text>' | openssl dgst -sha256 -binary | base64`.
const LOG = "'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='"; // console.log(1)
const RED = "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"; // p{color:red}
const UNUSED = "'sha256-PaA8u8x9hnlY+OU3WhcNgZQZud5tIukRLsS7s6zX/vA='"; // var unused=1

const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${LOG} ${UNUSED}; style-src 'self' ${RED} ${UNUSED};">` +
  `</head><body>${body}</body></html>`;
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('keeping only the CSP hashes a page uses', () => {
  it("drops hashes of scripts and styles the page does not carry and keeps the page's own", () => {
    const out = keepPageHashes(page('<script>console.log(1)</script><style>p{color:red}</style>'));
    expect(policy(out)).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${LOG}; style-src 'self' ${RED};`);
  });

  it('keeps no hash for an external script or a JSON-LD block, which need none', () => {
    const out = keepPageHashes(page('<script src="/a.js">console.log(1)</script><script type="application/ld+json">console.log(1)</script>'));
    expect(policy(out)).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';");
  });

  it('counts an inline script in <body> (an island loader) as well as one in <head>', () => {
    const out = keepPageHashes(page('<p>text</p><script type="module">var unused=1</script>'));
    expect(policy(out)).toContain(UNUSED);
    expect(policy(out)).not.toContain(LOG);
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><head></head><body><script>console.log(1)</script></body></html>';
    expect(keepPageHashes(html)).toBe(html);
  });
});
