/*
 * The site replaces Vite's dynamic-import helper with src/scripts/chunk-import.ts
 * (src/integrations/vite-chunk-import.ts). A lazily loaded chunk that imports CSS must still get its
 * styles: this builds a tiny fixture (tests/fixtures/chunk-css: an entry that imports a chunk, which
 * imports a stylesheet) with the site's Vite settings and the override, then checks the built entry
 * hands the chunk's CSS to the helper and that, in Chromium, the chunk's element wears those styles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { serve } from '../../src/cli/serve.mjs';
import { chunkImport } from '../../src/integrations/vite-chunk-import';
import { filesUnder } from '../../src/utils/files';
import { it, newPage } from '../support/browser';

const FIXTURE = fileURLToPath(new URL('../fixtures/chunk-css/', import.meta.url));
let out: string;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'chunk-css-'));
  await build({
    root: FIXTURE,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [chunkImport()],
    // As the site builds (astro.config.mjs): no module preloading, so only the helper links the CSS.
    build: { outDir: out, emptyOutDir: true, modulePreload: false, minify: false },
  });
  server = await serve({ root: out, base: '/', port: 0 });
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("a lazily loaded chunk's stylesheet", () => {
  it('is handed to the site helper with the chunk', () => {
    const js = filesUnder(out).filter((f) => f.endsWith('.js'));
    const css = filesUnder(out).filter((f) => f.endsWith('.css'));
    expect(css).toHaveLength(1);
    const entry = js.map((f) => readFileSync(join(out, f), 'utf8')).find((code) => code.includes('__vitePreload('))!;
    // The helper in the bundle is the site's (its retry URL), not Vite's own.
    expect(entry).toContain('retry=');
    // The call names the chunk, and its deps (Vite's __vite__mapDeps list) name the stylesheet.
    expect(entry).toMatch(/__vitePreload\(\(\) => import\("\.\/lazy-[\w-]+\.js"\), .*__vite__mapDeps\(\[0\]\)/);
    expect(entry).toMatch(new RegExp(`__vite__mapDeps=.*\\["${css[0]!.replace(/\./g, '\\.')}"\\]`));
  });

  it('applies when the chunk shows, in Chromium', async ({ browser }) => {
    const { page, context, watch } = await newPage(browser);
    await page.goto(server.url);
    const lazy = page.locator('#lazy');
    await lazy.waitFor();
    // At once, not eventually: the helper resolves the chunk only once its stylesheet applies.
    expect(await lazy.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(1, 2, 3)');
    expect(await lazy.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(4, 5, 6)');
    expect(await page.locator('link[rel=stylesheet]').count()).toBe(1);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
