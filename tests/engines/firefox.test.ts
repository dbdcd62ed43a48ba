/* Firefox (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core. */
import puppeteer from 'puppeteer-core';
import { inject } from 'vitest';
import { settleInView, smokeSuite, type EngineDriver } from './smoke';

const origin = () => new URL(inject('baseUrl')).origin;

async function open(): Promise<EngineDriver> {
  // A loaded 2-core machine can take longer than puppeteer's default 30 s to start Firefox.
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: inject('engines').firefox, headless: true, timeout: 90_000 });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let errors: string[] = [];
  // Over BiDi, uncaught errors, rejections and CSP violations arrive as page errors.
  // (No page URL in the messages: during a navigation page.url() still names the previous page.)
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  return {
    async goto(path) {
      await page.goto(path.startsWith('http') ? path : origin() + path, { waitUntil: 'load' });
    },
    // The element to the middle of the window, the page settled, then the click (settleInView).
    async click(selector) {
      await page.$eval(selector, settleInView);
      await page.click(selector);
    },
    type: (selector, text) => page.type(selector, text),
    async upload(selector, path) {
      const input = (await page.$(selector)) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    },
    press: (key) => page.keyboard.press(key),
    async select(selector, value) {
      await page.select(selector, value);
    },
    async waitFor(fn, ...args) {
      const handle = await page.waitForFunction(fn as (...a: unknown[]) => unknown, { timeout: 20_000, polling: 'raf' }, ...args).catch((e: Error) => {
        throw new Error(`${e.message}: waiting for ${fn} ${JSON.stringify(args)}`);
      });
      return (await handle.jsonValue()) as never;
    },
    async errors() {
      const seen = errors;
      errors = [];
      return seen;
    },
    close: () => browser.close(),
  };
}

smokeSuite('Firefox', open, origin, () => inject('flakyUrl'));
