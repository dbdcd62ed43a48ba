import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axe, it, newPage, url } from '../support/browser';

const open = (browser: Browser, options = {}) => newPage(browser, { serviceWorkers: 'block', ...options });

async function searchFor(page: Page, term: string) {
  if (!(await page.locator('dialog.search-dialog[open]').count())) {
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open] input[type=search]').waitFor();
  }
  await page.locator('dialog.search-dialog input[type=search]').fill(term);
  await page.locator('dialog.search-dialog .search-status', { hasText: `“${term}”` }).waitFor();
  return page.$$eval('dialog.search-dialog .search-results a', (as) =>
    as.map((a) => ({
      href: a.getAttribute('href')!,
      title: a.querySelector('.hit-title')!.textContent!,
      excerpt: a.querySelector('.hit-excerpt')!.textContent!,
    })),
  );
}

/** Pagefind's own API in the page, for what the dialog does not show (a record's whole text). */
async function records(page: Page, term: string, section: string): Promise<{ url: string; title: string; content: string }[]> {
  return page.evaluate(
    new Function(
      'args',
      `return (async ([term, section]) => {
        const pf = await import('/prep/pagefind/pagefind.js');
        await pf.options({ baseUrl: '/prep/' });
        const found = await pf.search(term, { filters: { section } });
        return Promise.all(found.results.map(async (r) => { const d = await r.data(); return { url: d.url, title: d.meta.title, content: d.content }; }));
      })(args)`,
    ) as (args: string[]) => Promise<{ url: string; title: string; content: string }[]>,
    [term, section],
  );
}

describe('search results', () => {
  it('indexes a shared table once, on its home page', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    // DP-100 is a row of the comparison table, which the AI-102 guide names too (ComparedWith.astro).
    const dp = await searchFor(page, 'DP-100');
    expect(dp.length).toBeGreaterThan(0);
    expect(dp.every((h) => h.href.startsWith('/prep/certifications/'))).toBe(true);
    // "Surging" (a role's demand) is only in the salary table, which the guide's salary section embeds too.
    const demand = await searchFor(page, 'surging');
    expect(demand.length).toBeGreaterThan(0);
    expect(demand.every((h) => h.href.startsWith('/prep/salaries/'))).toBe(true);
    await context.close();
  });

  it('separates table cells in excerpts', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    const [first] = await searchFor(page, 'DP-100');
    // The row reads "DP-100 … Azure Data Scientist", never "DP-100Azure".
    expect(first!.excerpt).not.toMatch(/DP-100[A-Za-z]/);
    await context.close();
  });

  it('puts the FAQ answer first, titled page › section', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    const hits = await searchFor(page, 'how much does AI-103 cost');
    expect(hits[0]!.href).toBe('/prep/ai-103/faq/#exam-cost');
    expect(hits[0]!.title).toBe('AI-103 FAQ › What does AI-103 cost?');
    await context.close();
  });

  it('finds a practice question by its topic, on the question page, without its answer', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    const hits = await searchFor(page, 'hybrid search');
    const question = hits.find((h) => h.href === '/prep/ai-102/questions/#d6-hybrid-search-rrf');
    expect(question?.title).toBe('Practice question: Hybrid search rrf, Implement knowledge mining and information extraction solutions');
    // The answer (option b) and the explanation's key phrase, written out by hand.
    const all = await records(page, 'hybrid search', 'Quiz');
    const record = all.find((r) => r.url.endsWith('#d6-hybrid-search-rrf'))!;
    expect(record.content).toContain('Fennick Legal');
    expect(record.content).not.toContain('Reciprocal Rank Fusion');
    expect(record.content).not.toContain('merges the rankings');
    const invoice = (await records(page, 'invoices', 'Quiz')).find((r) => r.url.endsWith('#d1-invoice-service-choice'))!;
    expect(invoice.content).toContain('supplier invoices');
    expect(invoice.content).not.toContain('prebuilt invoice model');
    expect(invoice.content).not.toContain('Document Intelligence');
    await context.close();
  });

  it('keeps every question record free of options, feedback and explanations', async ({ browser }) => {
    const bank = JSON.parse(readFileSync('content/quiz/ai-102.json', 'utf8')) as {
      questions: { id: string; explanation: string; options?: { feedback: string }[] }[];
    };
    const { page, context } = await open(browser);
    await page.goto(url(''));
    const all = await records(page, 'practice question', 'Quiz');
    expect(all.length).toBeGreaterThanOrEqual(bank.questions.length);
    const plain = (md: string) => md.replace(/[*`_]/g, '').slice(0, 40);
    for (const q of bank.questions) {
      const record = all.find((r) => r.url.endsWith(`/questions/#${q.id}`));
      expect(record, q.id).toBeDefined();
      expect(record!.content, q.id).not.toContain(plain(q.explanation));
      for (const o of q.options ?? []) expect(record!.content, q.id).not.toContain(plain(o.feedback));
    }
    await context.close();
  });

  it('recovers from a typo with the closest word of the index', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    const hits = await searchFor(page, 'sallary');
    expect(await page.locator('dialog .search-status').textContent()).toMatch(/No results for “sallary”\. Showing \d+ for “salary”\./);
    expect(hits[0]!.excerpt.toLowerCase()).toContain('salar');
    expect(hits.slice(0, 3).map((h) => h.href)).toContain('/prep/salaries/#table');
    await context.close();
  });

  it('offers popular queries and the FAQ when nothing matches', async ({ browser }) => {
    const { page, context } = await open(browser);
    await page.goto(url(''));
    expect(await searchFor(page, 'qqxqzz')).toEqual([]);
    const help = page.locator('dialog .search-empty');
    expect(await help.getByRole('link', { name: 'AI-103 FAQ' }).getAttribute('href')).toBe('/prep/ai-103/faq/');
    await help.getByRole('button', { name: 'passing score' }).click();
    await page.locator('dialog .search-status', { hasText: '“passing score”' }).waitFor();
    expect(await page.locator('dialog input[type=search]').inputValue()).toBe('passing score');
    expect(await page.locator('dialog .search-results a').count()).toBeGreaterThan(0);
    expect(await help.isVisible()).toBe(false);
    await context.close();
  });
});

describe('search on a phone (360x740)', () => {
  const phone = { viewport: { width: 360, height: 740 } };

  it('shows at least 4 whole results without scrolling, the filters on the field’s row', async ({ browser }) => {
    const { page, context } = await open(browser, phone);
    await page.goto(url(''));
    await searchFor(page, 'exam');
    const visible = await page.$$eval('dialog .search-results a', (as) => {
      const dialog = document.querySelector('dialog')!.getBoundingClientRect();
      return as.filter((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= dialog.top && r.bottom <= Math.min(dialog.bottom, window.innerHeight);
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(4);
    const top = (sel: string) => page.locator(sel).evaluate((e) => Math.round(e.getBoundingClientRect().top));
    const input = await top('#search-input');
    expect(Math.abs((await top('#search-section')) - input)).toBeLessThan(8);
    expect(Math.abs((await top('#search-exam')) - input)).toBeLessThan(8);
    await context.close();
  });

  it('passes axe with the dialog open, with results and with the no-result help, in both themes', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await open(browser, { ...phone, colorScheme });
      await page.goto(url(''));
      await searchFor(page, 'renewal');
      expect(await axe(page), colorScheme).toEqual([]);
      await searchFor(page, 'qqxqzz');
      expect(await axe(page), colorScheme).toEqual([]);
      await context.close();
    }
  });
});
