/*
 * The e2e suite's one browser launcher and its page helpers. Tests take the browser from the `it` below:
 * a vitest fixture (test.extend) that launches Chromium once per file, when a test first asks for it,
 * and closes it after the file's last test.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject, test } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const url = (path = '') => new URL(path.replace(/^\//, ''), baseUrl()).href;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromium'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** `it` with a `browser`: one Chromium per test file, launched on first use. */
export const it = test.extend<{ browser: Browser }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its first parameter
    async ({}, use) => {
      const browser = await launch();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
});

/** What a page did that a user would count as broken: console errors, uncaught exceptions, foreign requests. */
export interface Watch {
  errors: string[];
  foreign: string[];
}

export function watch(target: Page | BrowserContext): Watch {
  const w: Watch = { errors: [], foreign: [] };
  const origin = new URL(baseUrl()).origin;
  const onPage = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') w.errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => w.errors.push(`${page.url()}: ${e.message}`));
  };
  if ('goto' in target) onPage(target);
  else target.on('page', onPage);
  target.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) w.foreign.push(u);
  });
  return w;
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  // Reduced motion by default: the quiz scrolls its feedback into view smoothly otherwise, and a click
  // aimed while the page still moves can land beside its button (a driver's race, not a reader's).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  return { context, page, watch: watch(context) };
}

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page (WCAG 2.2 A and AA) and returns readable violations. */
export async function axe(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    async ([tags, selector]) => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map(
        (v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    },
    [AXE_TAGS, include] as const,
  );
  return results;
}

/** Every page the sitemap lists, as paths under the base. */
export async function sitemapPages(): Promise<string[]> {
  const xml = await (await fetch(url('sitemap.xml'))).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Waits until the service worker controls the page: an active worker has its precache filled. */
export async function controlledByWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}
