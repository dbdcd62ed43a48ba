import { describe, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axe, it, newPage, url } from '../support/browser';

// Service workers stay off here: these tests watch the network, and the offline suite covers the worker.

const open = (browser: Browser, options = {}) => newPage(browser, { serviceWorkers: 'block', ...options });

async function openDialog(page: Page, how: 'slash' | 'ctrl-k' | 'button' = 'slash') {
  if (how === 'slash') await page.keyboard.press('/');
  else if (how === 'ctrl-k') await page.keyboard.press('Control+k');
  else await page.getByRole('button', { name: /Search/ }).click();
  await page.locator('dialog.search-dialog[open]').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
}

async function searchFor(page: Page, term: string, scope = 'dialog.search-dialog') {
  await page.locator(`${scope} input[type=search]`).fill(term);
  await page.locator(`${scope} .search-status`, { hasText: /result/ }).waitFor();
  return page.$$eval(`${scope} .search-results a`, (as) =>
    as.map((a) => ({
      href: a.getAttribute('href')!,
      // "AI-102 · FAQ": the exam the page belongs to, then its section.
      exam: a.querySelector('[data-hit-exam]')?.textContent ?? '',
      section: (a.querySelector('.hit-section')?.textContent ?? '').split(' · ').at(-1)!,
      html: a.innerHTML,
    })),
  );
}

describe('search', () => {
  it('costs nothing until the dialog first opens', async ({ browser }) => {
    const { page, context } = await open(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(url(''), { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/') || p.includes('search-ui'))).toEqual([]);
    await openDialog(page, 'button');
    await searchFor(page, 'salary');
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requested.some((p) => p.includes('/pagefind/pagefind-entry.json'))).toBe(true);
    await context.close();
  });

  it('finds the one FAQ whose answer has a word, and the result lands on its anchor', async ({ browser }) => {
    const { page, context, watch } = await open(browser);
    await page.goto(url('salaries/'));
    await openDialog(page);
    await page.locator('#search-exam').selectOption('AI-102');
    const hits = await searchFor(page, 'printed');
    // The answer with the word as typed comes before pages with other forms of it ("prints").
    expect(hits[0]!.href).toBe('/prep/ai-102/faq/#validity-and-renewal');
    expect(hits[0]!.section).toBe('FAQ');
    expect(hits[0]!.exam).toBe('AI-102');
    expect(hits[0]!.html).toMatch(/<mark>printed<\/mark>/i);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/faq\/#validity-and-renewal$/);
    await expect.poll(() => page.locator('#validity-and-renewal').isVisible()).toBe(true);
    const top = () => page.locator('#validity-and-renewal').evaluate((e) => Math.round(e.getBoundingClientRect().top));
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    await expect.poll(top).toBeLessThan(200);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('narrows results with the section filter', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    await openDialog(page);
    const all = await searchFor(page, 'salary');
    expect(new Set(all.map((h) => h.section)).size).toBeGreaterThan(1);
    await page.locator('#search-section').selectOption('FAQ');
    await expect
      .poll(async () => (await page.$$eval('.search-results .hit-section', (s) => s.map((e) => e.textContent))).every((t) => t?.endsWith(' · FAQ')))
      .toBe(true);
    const faq = await page.$$eval('.search-results .hit-section', (s) => s.length);
    expect(faq).toBeGreaterThan(0);
    expect(faq).toBeLessThan(all.length);
    await context.close();
  });

  it('works entirely from the keyboard, traps focus and gives it back', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url('certifications/'));
    await page.locator('a', { hasText: 'Skip to content' }).focus();
    await openDialog(page, 'ctrl-k');
    await page.keyboard.type('renewal');
    await page.locator('.search-status', { hasText: /result/ }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.closest('li')?.querySelector('.hit-title')?.textContent ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    const first = await focused();
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-input');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await context.close();
  });

  describe('gives focus back on closing', () => {
    const closers = {
      Escape: (page: Page) => page.keyboard.press('Escape'),
      'the Close button': (page: Page) => page.locator('dialog.search-dialog [data-close]').click(),
      // The backdrop: a point left of the dialog's box, which is at most 40rem wide and centred.
      'a click outside': (page: Page) => page.mouse.click(10, 600),
    };
    for (const [how, close] of Object.entries(closers)) {
      it(`to the element that had it, closed by ${how}`, async ({ browser }) => {
        const { page, context } = await open(browser);
        await page.goto(url('salaries/'));
        const link = page.locator('main a[href]').first();
        await link.focus();
        const name = await link.textContent();
        await openDialog(page, 'slash');
        await searchFor(page, 'salary');
        await close(page);
        await expect.poll(() => page.locator('dialog.search-dialog').isVisible()).toBe(false);
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
        await context.close();
      });

      it(`to the Search button when opened from the page body, closed by ${how}`, async ({ browser }) => {
        const { page, context } = await open(browser);
        await page.goto(url(''));
        for (const key of ['slash', 'ctrl-k'] as const) {
          // From the page body (focus may still be settling back on the Search button from the last close).
          await expect
            .poll(() => page.evaluate(() => ((document.activeElement as HTMLElement | null)?.blur(), document.activeElement === document.body)))
            .toBe(true);
          await openDialog(page, key);
          await close(page);
          await expect.poll(() => page.locator('dialog.search-dialog').isVisible()).toBe(false);
          await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open')), { message: key }).toBe(true);
        }
        await context.close();
      });
    }

    it('to the Search button that opened it', async ({ browser }) => {
      const { page, context } = await open(browser);
      await page.goto(url(''));
      await openDialog(page, 'button');
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
      await context.close();
    });

    it('stays open on a click inside the dialog', async ({ browser }) => {
      const { page, context } = await open(browser);
      await page.goto(url(''));
      await openDialog(page);
      await page.locator('#search-title').click();
      expect(await page.locator('dialog.search-dialog').isVisible()).toBe(true);
      await context.close();
    });
  });

  it('finds the section that holds the other words of a query with a word the index lacks, and says what it searched', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    await openDialog(page);
    // "quokka" is in no page (asserted, or the test would mean nothing).
    expect((await (await page.request.get(url('pagefind/vocabulary.json'))).json()) as string[]).not.toContain('quokka');
    const hits = await searchFor(page, 'passing score quokka');
    expect(await page.locator('dialog .search-status').textContent()).toMatch(/^No results for “passing score quokka”\. Showing \d+ for “passing score”\.$/);
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.href)
        .sort(),
    ).toEqual(['/prep/ai-102/faq/#passing-score', '/prep/ai-103/faq/#passing-score']);
    // Stop words never block a result, whatever the rest.
    const question = await searchFor(page, 'what is the passing score I need');
    expect(question.slice(0, 3).map((h) => h.href)).toContain('/prep/ai-103/faq/#passing-score');
    await context.close();
  });

  it('searches the parts of a query when no section holds all its words, most words first', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    await openDialog(page);
    // Renewal is in the FAQs, Seattle only in the salaries by region: no section has both.
    const hits = await searchFor(page, 'renewal seattle');
    expect(await page.locator('dialog .search-status').textContent()).toMatch(/^No results for “renewal seattle”\. Showing \d+ for “renewal” or “seattle”\.$/);
    const hrefs = hits.map((h) => h.href);
    expect(hrefs).toContain('/prep/salaries/#regions');
    expect(hrefs).toContain('/prep/ai-103/faq/#renewal');
    await context.close();
  });

  it('finds a section by a synonym from content/search.yaml, after those with the word as typed', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    await openDialog(page);
    // content/search.yaml makes "wage" mean salary, pay and earn too.
    expect(readFileSync('content/search.yaml', 'utf8')).toMatch(/\[salary, pay, wage, earn/);
    const hits = await searchFor(page, 'wage');
    const typed = hits.map((h) => /<mark>wages?<\/mark>/i.test(h.html));
    expect(typed[0]).toBe(true);
    // Every section with "wage" comes before every section found by a synonym only…
    expect(typed.indexOf(false)).toBeGreaterThan(typed.lastIndexOf(true));
    // …and those are there: the salary sections that never say "wage".
    expect(hits.filter((h, i) => !typed[i] && /<mark>(salar|pay|earn)/i.test(h.html)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('passes axe with the dialog open and showing results, in both themes', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await open(browser, { colorScheme });
      await page.goto(url(''));
      await openDialog(page);
      await searchFor(page, 'agents');
      expect(await axe(page)).toEqual([]);
      // With results for part of a query, and the status that says so.
      await searchFor(page, 'renewal seattle');
      expect(await axe(page)).toEqual([]);
      await context.close();
    }
  });

  it('does not index the quiz answers', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    await openDialog(page);
    // "Kestrel" is only in the question banks (asserted, or the test would mean nothing): it finds the questions' own records, never a page's answers.
    expect(readFileSync('content/quiz/ai-102.json', 'utf8')).toContain('Kestrel');
    const hits = await searchFor(page, 'Kestrel');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((h) => !(h.section === 'Quiz' && /^\/prep\/ai-10[23]\/questions\/#d\d-/.test(h.href)))).toEqual([]);
    await context.close();
  });

  it('says so when the search engine fails to load, and Retry loads it without a reload', async ({ browser }) => {
    const { page, context } = await open(browser);
    // The engine fails to load until the page has said so; then the network is back.
    let down = true;
    let requests = 0;
    const urls: string[] = [];
    await page.route(
      (u) => u.pathname.endsWith('/pagefind/pagefind.js'),
      (route) => (requests++, urls.push(route.request().url()), down ? route.abort() : route.continue()),
    );
    await page.goto(url(''));
    await openDialog(page);
    await page.locator('#search-input').fill('salary');
    const status = page.locator('dialog .search-status');
    await status.filter({ hasText: /could not be loaded/ }).waitFor();
    const failed = requests;
    down = false;
    await status.getByRole('button', { name: 'retry' }).click();
    await status.filter({ hasText: /result/ }).waitFor();
    expect(await page.locator('dialog .search-results a').count()).toBeGreaterThan(0);
    // The failed load was not kept: Retry asked the server again.
    expect(requests).toBe(failed + 1);
    // Under a URL that has not failed, which works whether or not the engine keeps a failed import failed.
    expect(new URL(urls.at(-1)!).searchParams.get('retry')).toBe(String(failed));
    // Nothing reloaded: the dialog and the term are still there, and focus is back in the field.
    expect(await page.locator('#search-input').inputValue()).toBe('salary');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await context.close();
  });

  it('opens on the next "/" after the page\'s own code failed to download', async ({ browser }) => {
    const { page, context } = await open(browser);
    // The page's modules (search among them), which the head script imports after the first paint.
    let down = true;
    const urls: string[] = [];
    await page.route(
      (u) => /\/_astro\/[^/]*_astro_type_script_[^/]*\.js$/.test(u.pathname),
      (route) => (urls.push(route.request().url()), down ? route.abort() : route.continue()),
    );
    const attempt = async (act: () => Promise<unknown>) => {
      await page.evaluate(() => delete document.documentElement.dataset.modulesLoaded);
      await act();
      await page.waitForFunction(() => document.documentElement.dataset.modulesLoaded);
      return page.evaluate(() => document.documentElement.dataset.modulesLoaded);
    };
    // "0": the download failed (the head script says so on <html>).
    expect(await attempt(() => page.goto(url('salaries/')))).toBe('0');
    // Still down: "/" asks once more, fails, and nothing opens (nor loops).
    expect(await attempt(() => page.keyboard.press('/'))).toBe('0');
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(0);
    // Back: the next "/" loads the page's code and opens search, with no reload.
    down = false;
    expect(await attempt(() => openDialog(page))).toBe('1');
    // Each try under a URL not asked for before, so an engine that keeps a failed import failed loads it too.
    expect(urls.map((u) => new URL(u).search)).toEqual(['', '?retry=1', '?retry=2']);
    await context.close();
  });

  it('narrows results with the exam filter, and each result names its exam', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    await openDialog(page);
    // "renew" is in both exams' FAQs: AI-102's retired renewal and AI-103's yearly one.
    const all = await searchFor(page, 'renew');
    // Pages of one exam name it; shared pages read "All exams".
    const labels = new Set(all.map((h) => h.exam));
    expect(labels).toContain('AI-102');
    expect(labels).toContain('AI-103');
    expect([...labels].every((l) => ['AI-102', 'AI-103', 'All exams'].includes(l))).toBe(true);
    for (const [exam, other] of [
      ['AI-103', 'AI-102'],
      ['AI-102', 'AI-103'],
    ] as const) {
      await page.locator('#search-exam').selectOption(exam);
      const prefix = `/prep/${exam.toLowerCase()}/`;
      // Pages of the chosen exam (under its path), shared pages ("All exams"), never the other exam.
      await expect
        .poll(async () => {
          const hits = await page.$$eval('.search-results a', (as) =>
            as.map((a) => [a.getAttribute('href') ?? '', a.querySelector('[data-hit-exam]')?.textContent ?? ''] as const),
          );
          const own = hits.filter(([href, e]) => e === exam && href.startsWith(prefix));
          const shared = hits.filter(([, e]) => e === 'All exams');
          return own.length > 0 && own.length + shared.length === hits.length && !hits.some(([, e]) => e === other);
        })
        .toBe(true);
    }
    await context.close();
  });

  it('has a box on each exam FAQ that filters its questions in place', async ({ browser }) => {
    const { page, context } = await open(browser);
    for (const exam of ['ai-102', 'ai-103']) {
      await page.goto(url(`${exam}/faq/`));
      const total = await page.locator('.faq-item').count();
      const input = page.locator('#faq-search-input');
      await input.fill('passing score');
      await page.locator('form.faq-search .search-status', { hasText: /match “passing score”/ }).waitFor();
      const visible = await page.locator('.faq-item:visible h2').evaluateAll((hs) => hs.map((h) => h.id));
      expect(visible, exam).toContain('passing-score');
      expect(visible.length, exam).toBeLessThan(total);
      // The index above the answers follows the same filter.
      expect(await page.locator('.faq-index li:visible a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1))), exam).toEqual(visible);
      await input.fill('');
      await expect.poll(() => page.locator('.faq-item:visible').count(), { message: exam }).toBe(total);
    }
    await context.close();
  });

  it('hides the search button without JavaScript, and the FAQ still lists everything', async ({ browser }) => {
    const { page, context } = await open(browser, { javaScriptEnabled: false });
    await page.goto(url('ai-102/faq/'));
    expect(await page.locator('[data-search-open]').isVisible()).toBe(false);
    expect(await page.locator('form.faq-search').isVisible()).toBe(false);
    const files = readdirSync('content/faq/ai-102').filter((f) => f.endsWith('.md'));
    expect(await page.locator('.faq-item').count()).toBe(files.length);
    await context.close();
  });
});
