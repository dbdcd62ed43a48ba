/*
 * The byte budgets of tests/bench/budgets.json, held on every build by `npm test` (the bench also times
 * pages and runs Lighthouse; bytes need no timing, so a page that outgrows its budget fails here first).
 * Measured on the e2e build, under its base path: every link there is a few bytes longer than on a
 * root build, so this is the stricter of the two.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFor, budgets, measured } from '../bench/budget';
import { pageWeight, precacheFiles, servedBytes, total } from '../bench/weights';
import { filesUnder } from '../../src/utils/files';
import { baseUrl } from '../support/browser';
import { BASE } from './global-setup';

const pages = filesUnder('dist')
  .filter((f) => f.endsWith('.html'))
  .filter((f) => measured(f, readFileSync(join('dist', f), 'utf8')));
const KB = 1024;

describe('the byte budgets (tests/bench/budgets.json)', () => {
  it('keep every page’s HTML, CSS, JS and first visit (gzip) within its budget', () => {
    expect(pages).toContain('ai-102/index.html');
    const over: string[] = [];
    for (const p of pages) {
      const w = pageWeight('dist', join('dist', p), BASE);
      const limit = budgetFor(p);
      const sizes: [string, number, number][] = [
        ['HTML', w.html.gzip, limit.htmlGzipKB * KB],
        ['CSS', w.css.gzip, limit.cssGzipKB * KB],
        ['JS', w.js.gzip, limit.jsGzipKB * KB],
        ['first visit', w.firstVisit.gzip, limit.firstVisitGzipKB * KB],
      ];
      for (const [what, bytes, max] of sizes) if (bytes > max) over.push(`${p} ${what}: ${bytes} B gzip > ${max} B`);
    }
    expect(over).toEqual([]);
  });

  it('keep every page, as our server sends it compressed with its headers, within its round trips', async () => {
    const over: string[] = [];
    for (const p of pages) {
      const bytes = await servedBytes(new URL(p.replace(/index\.html$/, ''), baseUrl()).href);
      const max = budgetFor(p).servedHtmlBytes;
      if (bytes > max) over.push(`${p}: ${bytes} B > ${max} B`);
    }
    expect(over).toEqual([]);
  });

  it('keep the service worker’s precache within its budget', () => {
    const gzip = total(precacheFiles('dist', BASE)).gzip;
    expect(gzip).toBeGreaterThan(10 * KB); // it found the files
    expect(gzip).toBeLessThanOrEqual(budgets.precacheGzipKB * KB);
  });
});
