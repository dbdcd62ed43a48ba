import { beforeAll, describe, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { axe, baseUrl, it, newPage, sitemapPages, url } from '../support/browser';
import { BASE } from './global-setup';

let pages: string[];
const origin = () => new URL(baseUrl()).origin;

beforeAll(async () => {
  pages = await sitemapPages();
});

describe('every page', () => {
  it('lists the pages of both exams and the shared ones (with the question change log) under the base path in the sitemap', () => {
    expect([...pages].sort()).toEqual(
      [
        '/prep/',
        '/prep/ai-103/',
        '/prep/ai-103/faq/',
        '/prep/ai-103/from-ai-102/',
        '/prep/ai-103/quiz/',
        '/prep/ai-103/questions/',
        '/prep/ai-103/quiz/changes/',
        '/prep/ai-102/',
        '/prep/ai-102/faq/',
        '/prep/ai-102/quiz/',
        '/prep/ai-102/questions/',
        '/prep/ai-102/quiz/changes/',
        '/prep/salaries/',
        '/prep/certifications/',
        '/prep/quiz/changes/',
      ].sort(),
    );
  });

  it('answers 200 with no console error and no request to another origin', async ({ browser }) => {
    const { page, context, watch } = await newPage(browser);
    for (const path of pages) {
      const res = await page.goto(origin() + path, { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBe(200);
    }
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });

  it('has only internal links that resolve, anchors included', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const checked = new Map<string, Set<string>>();
    const failures: string[] = [];
    for (const path of pages) {
      await page.goto(origin() + path);
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const target = new URL(href);
        if (target.origin !== origin()) continue;
        const key = target.pathname;
        if (!checked.has(key)) {
          const res = await page.request.get(target.origin + key, { maxRedirects: 0 });
          if (res.status() !== 200) failures.push(`${path} → ${href}: ${res.status()}`);
          const ids = new Set([...(await res.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
          checked.set(key, ids);
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && !checked.get(key)!.has(id)) failures.push(`${path} → ${href}: no element #${id}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(6);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG 2.2 A/AA) in the ${scheme} theme`, async ({ browser }) => {
      const { page, context } = await newPage(browser, { colorScheme: scheme });
      const violations: string[] = [];
      for (const path of [...pages, '/prep/no-such-page/']) {
        await page.goto(origin() + path);
        // The page really is in that theme: its background is the theme's own.
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'light' ? 'rgb(247, 248, 251)' : 'rgb(17, 21, 28)');
        violations.push(...(await axe(page)).map((v) => `${path} ${v}`));
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('never scrolls sideways on a 360 px wide phone, and passes axe there', async ({ browser }) => {
    const { page, context } = await newPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const wide: string[] = [];
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(origin() + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
      violations.push(...(await axe(page)).map((v) => `${path} ${v}`));
    }
    expect(wide).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  // A request made while a page first paints delays that paint (Lighthouse's simulation counts it);
  // the icon lives in the page, and the manifest, print rules and page modules are linked after it.
  it('requests nothing but itself before its first paint, then links the manifest and print rules', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const early: string[] = [];
    for (const path of pages) {
      await page.goto(origin() + path);
      await page.waitForFunction(() => document.documentElement.dataset.modulesLoaded === '1');
      // Chromium reports largest contentful paint, so the modules came then, not on the 1.5 s fallback timer.
      expect(await page.getAttribute('html', 'data-painted'), path).toBe('largest-contentful-paint');
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('head link[href]')].map(
          (l) => [l.getAttribute('rel') ?? '', l.getAttribute('href') ?? '', (l as HTMLLinkElement).media] as [string, string, string],
        ),
      );
      const ofRel = (rel: string) => links.filter(([r]) => r === rel);
      expect(
        ofRel('icon').map(([, href]) => href.startsWith('data:image/svg+xml,')),
        path,
      ).toEqual([true]);
      expect(
        ofRel('manifest').map(([, href]) => href),
        path,
      ).toEqual([`${BASE}manifest.webmanifest`]);
      expect(
        ofRel('stylesheet').map(([, href, media]) => `${media} ${href.startsWith(`${BASE}_astro/print.`)}`),
        path,
      ).toEqual(['print true']);
      // Resource timing: everything the page asked for (modules, stylesheets) started after first contentful paint.
      const before = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
        return performance
          .getEntriesByType('resource')
          .filter((r) => r.startTime < fcp)
          .map((r) => r.name);
      });
      early.push(...before.map((u) => `${path}: ${u}`));
    }
    expect(early).toEqual([]);
    await context.close();
  });

  it('carries a CSP with script hashes and no unsafe-inline scripts, plus canonical and Open Graph tags', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    for (const path of pages) {
      await page.goto(origin() + path);
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toMatch(/'sha256-/);
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      const canonical = await page.getAttribute('link[rel=canonical]', 'href');
      expect(new URL(canonical!).pathname).toBe(path);
      expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(canonical);
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
      expect((await page.getAttribute('meta[name=description]', 'content'))!.length).toBeGreaterThan(50);
    }
    await context.close();
  });

  it('names the exam of each page in the navigation, and shows the status notice of that exam only', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    for (const path of pages) {
      await page.goto(origin() + path);
      const exam = /^\/prep\/(ai-10[23])\//.exec(path)?.[1];
      const notice = page.locator('.status-notice');
      if (exam === 'ai-102') {
        expect((await page.textContent('.exam-badge'))!.trim(), path).toBe('AI-102 retired 30 June 2026');
        expect(await notice.textContent(), path).toMatch(/AI-102 retired on 30 June 2026/);
        expect(await notice.textContent(), path).toMatch(/Its successor is AI-103/);
        expect(await notice.textContent(), path).toMatch(/stays valid until its expiry date/);
      } else if (exam === 'ai-103') {
        expect((await page.textContent('.exam-badge'))!.trim(), path).toBe('AI-103 current exam');
        expect(await notice.count(), path).toBe(0);
      } else {
        // Shared pages and the home page belong to no single exam.
        expect(await page.locator('.exam-badge').count(), path).toBe(0);
        expect(await notice.count(), path).toBe(0);
      }
      expect(await page.textContent('footer'), path).toMatch(/not affiliated with/);
    }
    await context.close();
  });

  it('leads the home page with AI-103, the exam one can book today, and keeps AI-102 for its holders', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url(''));
    const cards = await page.$$eval('.exam-card h2', (hs) => hs.map((h) => h.textContent!.trim()));
    expect(cards).toEqual([
      'AI-103: Developing AI Apps and Agents on Azure current exam',
      'AI-102: Designing and Implementing a Microsoft Azure AI Solution retired 30 June 2026',
    ]);
    expect(await page.locator('.exam-card').first().textContent()).toMatch(/The exam you can book today/);
    expect(await page.locator('.exam-card').nth(1).textContent()).toMatch(/If you earned the Azure AI Engineer Associate/);
    await context.close();
  });

  it('gives every table a caption and every header cell a scope', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    for (const path of pages) {
      await page.goto(origin() + path);
      const bad = await page.$$eval('table', (tables) =>
        tables.flatMap((t) => [
          ...(t.querySelector('caption') ? [] : ['table without caption']),
          ...[...t.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).map((th) => `th "${th.textContent}" without scope`),
        ]),
      );
      expect(bad, path).toEqual([]);
    }
    await context.close();
  });

  it('serves the 404 page with status 404 for an unknown URL', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const res = await page.goto(url('no-such-page/'));
    expect(res?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Page not found');
    await context.close();
  });
});

describe('structured data', () => {
  it('parses on every page; the FAQPage lists every FAQ; breadcrumbs and the article are there', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const types = new Map<string, string[]>();
    for (const path of pages) {
      await page.goto(origin() + path);
      const blocks = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((e) => e.textContent ?? ''));
      const parsed = blocks.map((b) => JSON.parse(b));
      types.set(
        path,
        parsed.map((p) => p['@type']),
      );
      const faq = parsed.find((p) => p['@type'] === 'FAQPage');
      if (faq) {
        const exam = /^\/prep\/(ai-10[23])\/faq\/$/.exec(path)![1]!;
        const files = readdirSync(`content/faq/${exam}`).filter((f) => f.endsWith('.md'));
        expect(faq.mainEntity).toHaveLength(files.length);
        const onPage = await page.$$eval('.faq-item h2', (hs) => hs.map((h) => h.textContent?.trim()));
        expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(onPage);
        for (const q of faq.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
      }
    }
    for (const exam of ['ai-102', 'ai-103']) {
      expect(types.get(`/prep/${exam}/`)).toEqual(['Article', 'BreadcrumbList']);
      expect(types.get(`/prep/${exam}/faq/`)).toEqual(['FAQPage', 'BreadcrumbList']);
    }
    expect(types.get('/prep/ai-103/from-ai-102/')).toEqual(['Article', 'BreadcrumbList']);
    expect(types.get('/prep/salaries/')).toContain('BreadcrumbList');
    await context.close();
  });

  it('serves robots.txt pointing at the sitemap under the base path', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const robots = await (await page.request.get(url('robots.txt'))).text();
    expect(robots).toMatch(/^Sitemap: https:\/\/.+\/prep\/sitemap\.xml$/m);
    await context.close();
  });
});

describe('themes', () => {
  it('follows the system, and a toggled choice survives a reload with no flash of the other theme', async ({ browser }) => {
    const { page, context } = await newPage(browser, { colorScheme: 'light' });
    await page.goto(url(''));
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await bg();
    expect(dark).not.toBe(light);

    // Record the theme at the moment <body> is parsed, before anything can paint.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? '';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url('ai-102/faq/'));
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await bg()).toBe(dark);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('hides the toggle without JavaScript', async ({ browser }) => {
    const { page, context } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(url(''));
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await context.close();
  });

  it('prints the article without navigation', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-103/'));
    // Print rules arrive with the page module, after first paint (print.css).
    await page.waitForFunction(() => document.documentElement.dataset.modulesLoaded === '1');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await context.close();
  });
});
