/*
 * Lighthouse (mobile defaults, simulated throttling) on pages of the built site, beside a bare "floor"
 * page served the same way in the same run, so machine noise cancels out of "LCP minus floor".
 * Used by `npm run bench`; timings are measurements, never tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../support/chromium.mjs';
import { serve } from '../../src/cli/serve.mjs';

export interface Vitals {
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The least a page can cost: the same heading and text, no CSS, no script, no request but itself (an empty icon). */
export function floorPage(title: string, text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().slice(0, 1200);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title></head><body><h1>${title}</h1><p>${words}</p></body></html>`;
}

/** Serves the floor page, then runs Lighthouse `runs` times per URL; returns the median of each metric. */
export async function measure(urls: string[], floorHtml: string, runs: number): Promise<{ floor: Vitals; pages: Map<string, Vitals> }> {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'));
  writeFileSync(join(dir, 'index.html'), floorHtml);
  const floorServer = await serve({ root: dir, base: '/', port: 0 });
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `node tests/support/chromium.mjs`.');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const once = async (url: string, tries = 3): Promise<Vitals> => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = result!.lhr.audits;
    const v = (id: string) => a[id]?.numericValue ?? NaN;
    const got = { fcp: v('first-contentful-paint'), lcp: v('largest-contentful-paint'), tbt: v('total-blocking-time'), cls: v('cumulative-layout-shift') };
    // Now and then a run yields no metrics (a trace Lighthouse cannot read): run again, and report NaN
    // (which the bench counts as over budget) only when every try fails.
    if (Object.values(got).some(Number.isNaN) && tries > 1) {
      console.log(
        `  (Lighthouse gave no metrics for ${url}: ${result!.lhr.runtimeError?.message ?? a['largest-contentful-paint']?.errorMessage ?? 'no reason given'}; trying again)`,
      );
      return once(url, tries - 1);
    }
    return got;
  };
  const med = (xs: Vitals[]): Vitals => ({
    fcp: median(xs.map((x) => x.fcp)),
    lcp: median(xs.map((x) => x.lcp)),
    tbt: median(xs.map((x) => x.tbt)),
    cls: median(xs.map((x) => x.cls)),
  });
  try {
    const samples = new Map<string, Vitals[]>([[floorServer.url, []], ...urls.map((u) => [u, []] as [string, Vitals[]])]);
    // Rounds, not page after page: a slow minute of the machine then touches every page and the floor alike.
    for (let r = 0; r < runs; r++) for (const [u, list] of samples) list.push(await once(u));
    const floor = med(samples.get(floorServer.url)!);
    return { floor, pages: new Map(urls.map((u) => [u, med(samples.get(u)!)])) };
  } finally {
    chrome.kill();
    await floorServer.close();
  }
}
