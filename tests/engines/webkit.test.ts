/*
 * WebKit: WebKitGTK's MiniBrowser driven through WebKitWebDriver (classic WebDriver) by selenium-webdriver,
 * on an Xvfb display of its own. The pages come from an instrumented copy of dist/ that records its own
 * errors (see record-errors.js), since classic WebDriver reports none.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { Select } from 'selenium-webdriver/lib/select';
import { inject } from 'vitest';
import { settleInView, smokeSuite, type EngineDriver } from './smoke';

const origin = () => new URL(inject('webkitBaseUrl')).origin;
const children: ChildProcess[] = [];
const stop = () => children.forEach((c) => c.exitCode === null && c.kill());
process.on('exit', stop);

/** Starts Xvfb on the first free display, which it reports itself (-displayfd), so no other run's display is taken. */
async function startXvfb(): Promise<string> {
  const xvfb = spawn(inject('engines').xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(xvfb);
  let log = '';
  xvfb.stderr!.on('data', (d) => (log += d));
  return new Promise((resolve, reject) => {
    xvfb.stdio[3]!.once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display:\n${log}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver and resolves once it answers /status as ready (it prints nothing when it is). */
async function startDriver(display: string): Promise<string> {
  const port = await freePort();
  const driver = spawn(inject('engines').webkitDriver, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  children.push(driver);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`))));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await delay(50)) {
    const ready = fetch(`${url}/status`).then(
      async (r) => r.ok && ((await r.json()) as { value: { ready: boolean } }).value.ready,
      () => false,
    );
    if (await Promise.race([ready, exited])) return url;
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 30 s`);
}

async function open(): Promise<EngineDriver> {
  const server = await startDriver(await startXvfb());
  const driver: WebDriver = await new Builder()
    .usingServer(server)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: inject('engines').miniBrowser, args: ['--automation'] } })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  // WebKitWebDriver scrolls an element into view before a click, but the site scrolls smoothly and the
  // driver checks too early ("not interactable"): bring it into view at once and let the page settle, as a
  // reader would (settleInView).
  const find = async (selector: string) => {
    const element = await driver.findElement(By.css(selector));
    await driver.executeAsyncScript(`(${settleInView})(arguments[0]).then(arguments[arguments.length - 1])`, element);
    return element;
  };
  return {
    async goto(path) {
      await driver.get(path.startsWith('http') ? path : origin() + path);
    },
    click: async (selector) => (await find(selector)).click(),
    type: async (selector, text) => (await find(selector)).sendKeys(text),
    // WebDriver's way to pick a file: its path typed into the file input.
    upload: async (selector, path) => (await driver.findElement(By.css(selector))).sendKeys(path),
    press: (key) =>
      driver
        .actions()
        .sendKeys(Key[key.toUpperCase() as 'ESCAPE'])
        .perform(),
    async select(selector, value) {
      await new Select(await find(selector)).selectByVisibleText(value);
    },
    waitFor: (fn, ...args) => driver.wait(() => driver.executeScript(fn, ...args), 20_000, `Waited 20 s for ${fn} ${JSON.stringify(args)}`) as never,
    // The key record-errors.js writes to.
    errors: () =>
      driver.executeScript(() => {
        const list = JSON.parse(sessionStorage.getItem('__engineSmokeErrors') ?? '[]') as string[];
        sessionStorage.removeItem('__engineSmokeErrors');
        return list;
      }),
    async close() {
      await driver.quit();
      stop();
    },
  };
}

smokeSuite('WebKit', open, origin, () => inject('webkitFlakyUrl'));
