/*
 * Offline and updates, against a server of this file's own so it can be stopped ("the network is
 * gone") and pointed at a second build ("a new version was deployed"). Stopping the server also
 * covers service-worker fetches, which context.setOffline() did not always cut (Playwright #2311).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildEnv } from '../../src/cli/build-env';
import { serve } from '../../src/cli/serve.mjs';
import { launch, newPage } from './browser';
import { finishPractice, startByMouse } from './quiz-driver';

const BASE = '/prep/';
let browser: Browser;
let second: string;

beforeAll(async () => {
  browser = await launch();
  // A second deployment: the same site with another canonical URL, so every page's revision changes.
  second = mkdtempSync(join(tmpdir(), 'ai102-v2-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', second], {
    env: buildEnv({ SITE_BASE: BASE, SITE_URL: 'https://v2.example.org' }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`second build failed:\n${run.stdout}\n${run.stderr}`);
});
afterAll(async () => {
  await browser?.close();
  if (second) rmSync(second, { recursive: true, force: true });
});

/** Visits once and waits until the service worker controls the page with its precache filled. */
async function visit(context: BrowserContext, page: Page, home: string) {
  await page.goto(home);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  const manifest = readFileSync('dist/sw.js', 'utf8').match(/"revision"/g)?.length ?? 0;
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    let n = 0;
    for (const name of names) n += (await (await caches.open(name)).keys()).length;
    return n;
  });
  expect(cached).toBeGreaterThanOrEqual(manifest - 2);
  return context;
}

describe('offline, after one visit', () => {
  it('reloads the quiz and finishes an attempt, then opens the FAQ and searches it, with no network', async () => {
    const server = await serve({ root: 'dist', base: BASE, port: 0 });
    const { page, context } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await visit(context, page, server.url);
      await server.close();
      await context.setOffline(true);

      await page.goto(`${server.url}ai-102/quiz/`);
      await page.locator('.quiz-start').waitFor();
      await startByMouse(page, 'practice', '10');
      await finishPractice(page, 10);
      expect(await page.locator('[data-testid=score]').textContent()).toBe('100%');

      await page.goto(`${server.url}ai-102/faq/`);
      await page.locator('#faq-search-input').fill('renew');
      await page.locator('form.faq-search .search-status', { hasText: /result/ }).waitFor();
      const hits = await page.$$eval('form.faq-search .search-results a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hits).toContain(`${BASE}ai-102/faq/#validity-and-renewal`);

      // The header search works offline too.
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /Search/ }).click();
      await page.locator('#search-input').fill('salary');
      await page.locator('dialog .search-status', { hasText: /result/ }).waitFor();
      expect(await page.locator('dialog .search-results a').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });

  it('is installable: a valid manifest, icons and a worker in scope', async () => {
    const server = await serve({ root: 'dist', base: BASE, port: 0 });
    const { page, context } = await newPage(browser);
    try {
      await visit(context, page, server.url);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      const parsed = JSON.parse(manifest.data!);
      expect(parsed.start_url).toBe(BASE);
      expect(parsed.scope).toBe(BASE);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // Playwright's contexts are incognito, which Chrome never installs from; nothing else may fail.
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('a new deployment', () => {
  it('installs beside the old worker, offers a reload, then takes over and drops the old cache', async () => {
    const server = await serve({ root: 'dist', base: BASE, port: 0 });
    const { page, context } = await newPage(browser);
    try {
      await visit(context, page, server.url);
      const canonical = () => page.getAttribute('link[rel=canonical]', 'href');
      expect(await canonical()).not.toMatch(/v2\.example\.org/);

      server.setRoot(second);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const toast = page.locator('.update-toast');
      await toast.waitFor({ timeout: 30_000 });
      expect(await toast.textContent()).toMatch(/new version/);
      // Until the reader accepts, the old version keeps serving.
      await page.reload();
      expect(await canonical()).not.toMatch(/v2\.example\.org/);
      await page.locator('.update-toast').waitFor();
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
      await expect.poll(canonical).toMatch(/^https:\/\/v2\.example\.org\/ai-102\//);
      const cached = await page.evaluate(async (base) => {
        const names = await caches.keys();
        const homes: string[] = [];
        for (const name of names) {
          const cache = await caches.open(name);
          for (const req of await cache.keys()) {
            if (new URL(req.url).pathname === `${base}index.html`) homes.push(await (await cache.match(req))!.text());
          }
        }
        return { names, homes };
      }, BASE);
      // One precache, holding only the new home page: the old version's entries are gone.
      expect(cached.names).toHaveLength(1);
      expect(cached.homes).toHaveLength(1);
      expect(cached.homes[0]).toMatch(/v2\.example\.org/);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
