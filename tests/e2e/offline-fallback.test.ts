/*
 * Offline, a page the service worker has not saved opens the site's own offline page. "Offline" is the
 * server stopped: context.setOffline() does not always cut service-worker fetches (Playwright #2311).
 */
import { describe, expect } from 'vitest';

import { serve } from '../../src/cli/serve.mjs';
import { axe, controlledByWorker, it, newPage } from '../support/browser';

import { BASE } from './global-setup';

describe('a page that is not saved', () => {
  it('online, answers with the 404 page; offline, with the offline page, whose links open saved pages', async ({ browser }) => {
    const server = await serve({ root: 'dist', base: BASE, port: 0 });
    const { page, context } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.url}ai-103/quiz/`);
      await controlledByWorker(page);
      // The quiz page asks the worker to keep its bank and question list.
      await expect.poll(() => page.evaluate((u) => caches.match(u).then(Boolean), `${BASE}quiz/ai-103.json`), { timeout: 20_000 }).toBe(true);

      // Online, a missing page is still a 404 from the server, not the offline page.
      const online = await page.goto(`${server.url}no-such-page/`);
      expect(online?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Page not found');

      await server.close();
      await page.goto(`${server.url}another-missing-page/`);
      expect(await page.locator('h1').textContent()).toBe('You are offline');
      // It offers only what this device holds: the one quiz opened, and no page never read.
      const shown = () => page.$$eval('main li a', (as) => as.map((a) => a.getAttribute('href')));
      await expect.poll(shown).toEqual([`${BASE}ai-103/quiz/`, `${BASE}ai-103/questions/`]);
      expect(await axe(page)).toEqual([]);

      await page
        .locator('main')
        .getByRole('link', { name: /AI-103 practice quiz/ })
        .click();
      await page.locator('.quiz-start').waitFor();
      expect(new URL(page.url()).pathname).toBe(`${BASE}ai-103/quiz/`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });
});
