/*
 * The quiz takes its numbers from the exam profile: a copy of content/ whose AI-103 profile has another
 * pass mark (800 of 1000 points, not scaled) and duration (90 minutes for 60 questions: 90 seconds a
 * question) is built, and its start screen, clock and results must follow it.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { astroBuild, buildEnv } from '../support/build-env';
import { serve } from '../../src/cli/serve.mjs';
import { it, newPage } from '../support/browser';
import { seedQuestions } from '../support/quiz';
import { finishPractice, startByMouse } from './quiz-driver';

let root: string;
let stop: (() => Promise<void>) | undefined;
let tmp: string;

beforeAll(async () => {
  // Inside the project: Vite will not load MDX content from outside it.
  mkdirSync('tmp', { recursive: true });
  tmp = mkdtempSync(join('tmp', 'exam-rules-'));
  cpSync('content', join(tmp, 'content'), { recursive: true });
  const file = join(tmp, 'content/exams/ai-103.yaml');
  const profile = yaml.load(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  Object.assign(profile.passingScore!, { score: 800, max: 1000, scaled: false });
  Object.assign(profile.duration!, { minutes: 90 });
  Object.assign(profile.questionCount!, { min: 60, max: 60 });
  writeFileSync(file, yaml.dump(profile));
  // --force and a content cache of its own: never mixed with the main build's content.
  const run = await astroBuild(
    ['--force', '--outDir', join(tmp, 'dist')],
    buildEnv({ SITE_BASE: '/prep/', CONTENT_DIR: join(tmp, 'content') }, { isolated: true }),
  );
  if (run.status !== 0) throw new Error(`build with the fixture profile failed:\n${run.output}`);
  const server = await serve({ root: join(tmp, 'dist'), base: '/prep/', port: 0 });
  root = server.url;
  stop = () => server.close();
}, 600_000);

afterAll(async () => {
  await stop?.();
  rmSync(tmp, { recursive: true, force: true });
});

describe("an exam whose pass mark and duration differ from AI-103's", () => {
  it('times its simulation at 90 seconds a question and says where that comes from', async ({ browser }) => {
    const { page, context, watch } = await newPage(browser);
    await page.goto(`${root}ai-103/quiz/`);
    await page.locator('.quiz-start').waitFor();
    const label = await page.locator('input[name=mode][value=exam] + span').textContent();
    expect(label).toContain('timed, 1 minute 30 seconds a question');
    expect(await page.getByTestId('timing').textContent()).toMatch(/Why 1 minute 30 seconds: AI-103 allows 90 minutes for 60 questions\.$/);
    await page.locator('input[name=mode][value=exam]').check();
    await page.locator('input[name=size][value="10"]').check();
    expect(await page.locator('#quiz-summary').textContent()).toBe('10 questions, 15 minutes from every domain; change the set-up below.');
    await startByMouse(page, 'exam', '10');
    // Real time runs here: allow a slow machine's first seconds.
    expect(await page.locator('[data-testid=clock]').textContent()).toMatch(/^(15:00|14:5\d)$/);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('draws the pass line at 80%: 7 of 10 is below it, said in the present tense', async ({ browser }) => {
    const { page, context, watch } = await newPage(browser);
    await seedQuestions(page);
    await page.goto(`${root}ai-103/quiz/`);
    await page.locator('.quiz-start').waitFor();
    await startByMouse(page, 'practice', '10');
    await finishPractice(page, 10, (i) => (i < 7 ? 'right' : 'wrong'));
    expect((await page.locator('[data-testid=score]').textContent())!.trim()).toBe('70%');
    expect(await page.locator('[data-testid=verdict-line] strong').textContent()).toBe('Below the pass line');
    expect(await page.locator('.score-card .hint').textContent()).toContain(
      'The pass line here is 80%, an approximation: the real exam passes at 800 of 1000 points.',
    );
    expect(await page.locator('.domain-bars line.pass').first().getAttribute('x1')).toBe('80');
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
