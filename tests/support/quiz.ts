import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { newPage, url } from './browser';
import { TEST_SEED, TEST_TIME } from './fixed';

/** Makes the page's question order repeatable: call before the first page.goto. */
export async function seedQuestions(page: Page, seed = TEST_SEED) {
  await page.addInitScript((s) => ((globalThis as { __AI102_QUIZ_SEED__?: number }).__AI102_QUIZ_SEED__ = s), seed);
}

export interface QuizOptions extends BrowserContextOptions {
  /** The exam whose quiz opens (its page is /<exam>/quiz/). */
  exam?: string;
  /** The question order's seed; logged, so a failure can be replayed with the same order. */
  seed?: number;
  /** The fixed clock (page.clock.setFixedTime), or null to leave the page's clock alone. */
  time?: number | null;
  /** Runs after seeding and before the page loads (routes, storage). */
  before?: (page: Page) => Promise<unknown>;
  /** What to wait for once the page has loaded: by default, whichever quiz screen shows first. */
  until?: string;
}

/**
 * Opens an exam's quiz in a new context, its question order seeded and its clock fixed: whatever it
 * shows first (the start screen, a resumed attempt or results). A phone-sized viewport is a touch phone.
 */
export async function openQuiz(
  browser: Browser,
  { exam = 'ai-102', seed = TEST_SEED, time = TEST_TIME, before, until = '.quiz-start, .quiz-runner, .quiz-results', ...options }: QuizOptions = {},
) {
  const phone = (options.viewport?.width ?? Infinity) < 600;
  const session = await newPage(browser, { isMobile: phone, hasTouch: phone, ...options });
  console.info(`openQuiz: ${exam}, seed ${seed}`);
  await seedQuestions(session.page, seed);
  // Time stands still unless a test moves it: nothing may depend on how fast the machine is.
  if (time !== null) await session.page.clock.setFixedTime(time);
  await before?.(session.page);
  await session.page.goto(url(`${exam}/quiz/`));
  await session.page.locator(until).first().waitFor();
  return session;
}
