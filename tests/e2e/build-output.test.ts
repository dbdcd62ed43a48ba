/* What the build writes to dist/ (built under the global setup's BASE), read as files. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findJava } from '../support/java.mjs';

import { BASE } from './global-setup';
import { ISLAND_STYLE } from '../../src/integrations/defer-page-scripts';
import { filesUnder } from '../../src/utils/files';
const pages = filesUnder('dist').filter((f) => f.endsWith('.html'));
import { pageStyles } from '../support/page-classes';
const read = (file: string) => readFileSync(join('dist', file), 'utf8');
const head = (file: string) => read(file).split('</head>')[0]!;

describe('the built HTML', () => {
  it('passes html-validate (.htmlvalidate.mjs) on every page with no error', async () => {
    expect(pages).toContain('404.html');
    expect(pages).toContain('quiz/index.html');
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(read(file), join('dist', file));
      for (const r of report.results) {
        for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('passes the W3C Nu Html Checker (vnu-jar) on every page with no error', () => {
    // npm test runs tests/support/java.mjs first, which finds or installs Java; no Java is a failure here.
    const java = findJava();
    expect(java, 'no Java for the Nu Html Checker: run `node tests/support/java.mjs`').toBeTruthy();
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const run = spawnSync(java!, ['-jar', jar, '--errors-only', '--format', 'json', ...pages.map((p) => join('dist', p))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
    expect(messages.map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine ?? ''} ${m.type}: ${m.message}`)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);

  it("keeps every <style> in the head: Astro's island rule is moved there from the body", () => {
    const islands = pages.filter((f) => read(f).includes('<astro-island'));
    expect(islands).toContain('ai-103/quiz/index.html');
    for (const file of islands) expect(head(file), file).toContain(ISLAND_STYLE);
    for (const file of pages) expect(read(file).split('</head>')[1], file).not.toMatch(/<style[\s>]/);
  });

  it('gives the 404 page no canonical link and no og:url, since it answers at URLs not its own', () => {
    expect(head('404.html')).not.toMatch(/rel="canonical"/);
    expect(head('404.html')).not.toMatch(/property="og:url"/);
    // Every other page keeps both.
    expect(head('ai-102/faq/index.html')).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/ai-102\/faq\/"/);
    expect(head('ai-102/faq/index.html')).toMatch(/<meta property="og:url" content="https?:\/\/[^"]+\/ai-102\/faq\/"/);
  });
});

describe('the page module, off the critical path', () => {
  // src/integrations/defer-page-scripts.ts rewrites the module tags Astro emits; if Astro changes how it
  // emits them, a page would keep a module requested before first paint, or lose search: this fails.
  it('leaves no module script tag in any page, and lists modules that exist for the loader', () => {
    for (const file of pages) {
      const html = read(file);
      expect(html, file).not.toMatch(/<script[^>]*type="module"[^>]*src=/);
      // The old addresses (/faq/, /quiz/) are bare pages that send readers on: no layout, no page module.
      if (/http-equiv="refresh"/.test(html)) continue;
      const modules = /<html[^>]*data-page-modules="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
      expect(modules.length, file).toBeGreaterThan(0);
      for (const m of modules) expect(readdirSync('dist/_astro'), `${file}: ${m}`).toContain(m.slice(`${BASE}_astro/`.length));
    }
  });
});

describe('the content security policy of each page', () => {
  // src/integrations/csp-page-hashes.ts trims the hashes Astro writes to those a page uses; if Astro
  // changes how it writes the policy, or a page gains an inline script the trim did not see, this fails.
  const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  it('lists exactly the hashes of the inline scripts and styles the page carries, each page its own', () => {
    let checked = 0;
    for (const file of pages) {
      const html = read(file);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      if (!policy) continue;
      const listed = (directive: string) =>
        [...(policy.split(';').find((d) => d.trim().startsWith(directive)) ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
      const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
      expect(listed('script-src'), file).toEqual([...new Set(scripts)].sort());
      expect(listed('style-src'), file).toEqual([...new Set(styles)].sort());
      checked++;
    }
    // Every page made with the layout carries a policy (the old forwarding addresses carry none).
    expect(checked).toBeGreaterThanOrEqual(pages.length - 2);
  });
});

describe('dist/_headers', () => {
  it('matches the base path the site was built under', () => {
    const rules = readFileSync('dist/_headers', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(rules).toEqual([`${BASE}*`, `${BASE}_astro/*`, `${BASE}sw.js`, `${BASE}pagefind/pagefind-entry.json`]);
  });
});

describe('the styles of each page', () => {
  const layouts = pages.filter((f) => !/http-equiv="refresh"/.test(read(f)));

  it('defines every class a page uses in the CSS that page carries or can link', () => {
    const missing: string[] = [];
    for (const file of layouts) {
      const { html, scripts, defined, sheets } = pageStyles('dist', BASE, file);
      // The search dialog's, the update offer's and print's rules are linked on demand, so every page can load them.
      expect(
        sheets.map((s) => s.replace(/\.[\w-]+\.css$/, '')),
        file,
      ).toEqual(expect.arrayContaining(['_astro/print', '_astro/search', '_astro/update-toast']));
      for (const c of html) if (!defined.has(c)) missing.push(`${file}: class="${c}" in its HTML`);
      for (const c of scripts) if (!defined.has(c)) missing.push(`${file}: class="${c}" from its scripts`);
    }
    expect(missing).toEqual([]);
  });

  it('declares the cascade layers once, before any layer is filled, in the first stylesheet of every page', () => {
    for (const file of layouts) {
      const styles = [...read(file).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles[0], file).toMatch(/^@layer tokens,base,components,utilities;/);
      const statements = styles.join('').match(/@layer [\w,\s]+;/g) ?? [];
      expect(statements, file).toEqual(['@layer tokens,base,components,utilities;']);
    }
  });

  it('carries no rules of pieces the page does not show: the home and 404 pages hold no table or "On this page" rules', () => {
    for (const file of ['index.html', '404.html']) {
      const css = [...read(file).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      expect(css, file).not.toMatch(/\.toc\b|\.cards\b|\.table-scroll\b/);
    }
  });

  it('keeps every stylesheet in the sources under 300 lines', () => {
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.css'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(join('src', f), 'utf8').split('\n').length, f).toBeLessThanOrEqual(300);
  });
});
