/*
 * The design as a reader sees it, on a 360 px phone and a 1280 px screen, in both themes: text large
 * enough to read, nothing wider than the screen, a one-row header, a compact status notice, the
 * "On this page" rail beside the guide, a theme control that says which theme is on, and axe clean.
 * Full-page screenshots of every page land in tests/artifacts/design/ (git-ignored) for a reviewer.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, baseUrl, it, newPage, sitemapPages, url } from '../support/browser';
import { finishPractice, startByMouse } from './quiz-driver';

const SHOTS = 'tests/artifacts/design';
const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };
let pages: string[];
const origin = () => new URL(baseUrl()).origin;
const shotName = (path: string, size: { width: number }, scheme: string) =>
  `${SHOTS}/${
    path
      .replace(/^\/prep\//, '')
      .replace(/\/$/, '')
      .replace(/\//g, '_') || 'home'
  }-${size.width}-${scheme}.png`;
// The question pages are tens of thousands of pixels tall: encoding them takes a while on a busy machine.
const shoot = (page: Page, path: string) => page.screenshot({ path, fullPage: true, timeout: 180_000 });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Every page in the sitemap, and the not-found page.
  pages = [...(await sitemapPages()), '/prep/no-such-page/'];
});

/** The smallest text on screen in CSS px, SVG text scaled by its drawing; hidden and clipped text is skipped. */
function smallestText(page: Page) {
  return page.evaluate(() => {
    let min = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      // Rendered text has a box; visually hidden text (1 px clip) is for screen readers only.
      if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      let px = parseFloat(style.fontSize);
      const svgText = el.closest('text');
      if (svgText instanceof SVGGraphicsElement) px *= svgText.getScreenCTM()?.a ?? 1;
      if (px < min.px) min = { px, text: n.textContent!.trim().slice(0, 40) };
    }
    return min;
  });
}

/** Elements that stick out of the viewport sideways, unless a scrolling or clipping box holds them. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > vw) out.push(`page scrolls to ${document.documentElement.scrollWidth}px`);
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.right <= vw + 0.5 && r.left >= -0.5)) continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') clipped = true;
      }
      if (!clipped && r.width > 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}px`);
    }
    return out;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`a 360 x 740 phone, ${scheme} theme`, () => {
    it('shows text of 12 px or more, nothing wider than the screen, a one-row header and a compact notice; axe clean', async ({ browser }) => {
      const { page, context } = await newPage(browser, { viewport: PHONE, colorScheme: scheme, isMobile: true, hasTouch: true });
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(origin() + path);
        const small = await smallestText(page);
        if (small.px < 12) problems.push(`${path}: "${small.text}" at ${small.px.toFixed(1)}px`);
        problems.push(...(await overflowing(page)).map((o) => `${path}: ${o}`));
        const header = (await page.locator('.site-header').boundingBox())!;
        // One row: the bar is 56 px high; two rows would be 90 px or more.
        if (header.height > 64) problems.push(`${path}: header ${header.height}px high`);
        const notice = await (await page.$('.status-notice'))?.boundingBox();
        // At most 20% of a 740 px screen.
        if (notice && notice.height > 148) problems.push(`${path}: status notice ${notice.height}px high`);
        problems.push(...(await axe(page)).map((v) => `${path}: ${v}`));
        await shoot(page, shotName(path, PHONE, scheme));
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 600_000);
  });

  describe(`a 1280 x 800 screen, ${scheme} theme`, () => {
    it('is axe clean on every page, and the guides keep "On this page" beside the article', async ({ browser }) => {
      const { page, context } = await newPage(browser, { viewport: WIDE, colorScheme: scheme });
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(origin() + path);
        if (/^\/prep\/ai-10\d\/$/.test(path)) {
          const prose = (await page.locator('article .prose').boundingBox())!;
          const rail = (await page.locator('article .toc').boundingBox())!;
          if (rail.x < prose.x + prose.width) problems.push(`${path}: rail at x=${rail.x}, article ends at ${prose.x + prose.width}`);
          if (rail.y > WIDE.height) problems.push(`${path}: rail starts below the first screen`);
        }
        problems.push(...(await axe(page)).map((v) => `${path}: ${v}`));
        await shoot(page, shotName(path, WIDE, scheme));
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 600_000);
  });
}

/** How the article's first table is laid out (printed, it stays a table rather than phone cards). */
const firstTableDisplay = (page: Page) =>
  page
    .locator('article table')
    .first()
    .evaluate((t) => getComputedStyle(t).display);

describe('the "On this page" rail', () => {
  it('stays in view and marks the section being read, without moving', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: WIDE });
    await page.goto(url('ai-102/'));
    const rail = page.locator('article .toc');
    const before = (await rail.boundingBox())!;
    const links = rail.locator('a');
    expect(await links.first().getAttribute('aria-current')).toBe('true');
    const third = await links.nth(2).getAttribute('href');
    await page.locator(third!).evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect.poll(() => links.nth(2).getAttribute('aria-current')).toBe('true');
    expect(await rail.locator('a[aria-current]').count()).toBe(1);
    const after = (await rail.boundingBox())!;
    // Sticky: still on screen after scrolling, at the same x and width.
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y).toBeLessThan(WIDE.height);
    expect([after.x, after.width]).toEqual([before.x, before.width]);
    await context.close();
  });
});

describe('the home page on a wide screen', () => {
  it('spreads its ways in across one row and sets the exam cards side by side, leaving no empty right third', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: WIDE });
    await page.goto(url(''));
    const main = (await page.locator('main').boundingBox())!;
    const ways = await page.locator('.ways > li').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(ways.length).toBe(4);
    expect(new Set(ways).size).toBe(1);
    const cards = await page.locator('.exam-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards.length).toBe(2);
    expect(cards[0]!.top).toBe(cards[1]!.top);
    // The right card reaches the right edge of the content box (main's 1rem padding aside).
    expect(main.x + main.width - (cards[1]!.left + cards[1]!.width)).toBeLessThanOrEqual(20);
    // The hero's sentence keeps a reading measure (about 70 characters), however wide the screen.
    expect((await page.locator('.hero .lead').boundingBox())!.width).toBeLessThan(800);
    await context.close();
  });
});

describe('the theme control', () => {
  it('is a toggle button whose pressed state follows the theme on screen', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: PHONE, colorScheme: 'light' });
    await page.goto(url('salaries/'));
    const off = page.getByRole('button', { name: 'Dark theme', pressed: false });
    await expect.poll(() => off.count()).toBe(1);
    await off.click();
    expect(await page.getByRole('button', { name: 'Dark theme', pressed: true }).count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 21, 28)');
    await context.close();
  });
});

describe('the phone menu', () => {
  it('opens from its button by keyboard, says so, and closes with Escape back onto the button', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: PHONE });
    await page.goto(url('ai-102/'));
    const button = page.getByRole('button', { name: 'Menu' });
    const salaries = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Salaries' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await salaries.isVisible()).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await salaries.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Practice quiz', exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/menu-open-360.png` });
    await salaries.focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await context.close();
  });

  it('is a plain list of links without JavaScript', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(url('ai-102/'));
    expect(await page.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Salaries' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('print', () => {
  it('prints the guide with its tables as tables and the status details open, whatever the screen', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: PHONE });
    await page.goto(url('ai-102/'));
    // The print rules are linked once the page has painted (by the page module): as a reader would, print after that.
    await page.waitForFunction(() => document.documentElement.dataset.modulesLoaded === '1');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.toc').isVisible()).toBe(false);
    expect(await page.getByText('Its successor is AI-103').isVisible()).toBe(true);
    expect(await firstTableDisplay(page)).toBe('table');
    expect(await page.locator('article thead').first().isVisible()).toBe(true);
    await context.close();
  });

  it('prints the guide without the site around it where scripts are off (the rules come from a <noscript> link)', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(url('ai-102/'), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    expect(await firstTableDisplay(page)).toBe('table');
    await context.close();
  });

  it('prints the quiz results without the site around them', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: PHONE });
    await page.goto(url('ai-102/quiz/'));
    await page.locator('.quiz-start').waitFor();
    await startByMouse(page, 'practice', '10');
    await finishPractice(page, 10);
    await page.screenshot({ path: `${SHOTS}/quiz-results-360.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.quiz-results').isVisible()).toBe(true);
    expect(await page.locator('.quiz-results h2').first().isVisible()).toBe(true);
    await context.close();
  }, 120_000);
});
