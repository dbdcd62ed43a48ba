/*
 * Facts a learner can check: every sourced section links to the Sources list, retired certifications
 * say so with their date, questions say when they were checked and how to report a problem, and the
 * change log lists this round of corrections. Expected values are written out by hand.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, it, newPage, url } from '../support/browser';
import { answerByMouse, at, currentQuestion, finishPractice, planned, startByMouse } from './quiz-driver';
import { readData } from '../../src/schemas/check';
import { bankSchema, type Question } from '../../src/quiz/bank-schema';

/** For each reference inside an element, whether its target is an entry of the page's Sources list with an external link. */
async function referencesIn(page: Page, sectionId: string) {
  return page.evaluate((id) => {
    const heading = document.getElementById(id)!;
    const refs: HTMLAnchorElement[] = [];
    for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
      refs.push(...el.querySelectorAll<HTMLAnchorElement>('a.cite'));
    let checked = '';
    for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
      checked ||= (el.matches('.facts-checked') ? el : el.querySelector('.facts-checked'))?.textContent ?? '';
    }
    return {
      checked: checked.replace(/\s+/g, ' '),
      refs: refs.map((a) => {
        const target = document.getElementById(decodeURIComponent(new URL(a.href).hash.slice(1)));
        const link = target?.querySelector<HTMLAnchorElement>('a.external');
        return {
          inSources: !!target?.closest('section.sources'),
          // A source with an address links to it, marked external; the one without (the article the site
          // grew from) names itself and says what it is.
          external: link
            ? link.href.startsWith('https://') && /\(external site\)/.test(link.textContent ?? '')
            : !!target?.querySelector('cite') && /\S/.test(target?.querySelector('.source-note')?.textContent ?? ''),
        };
      }),
    };
  }, sectionId);
}

describe('sources on the page', () => {
  it('gives every guide section that states facts a check date and references that resolve to the Sources list', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    const guides = {
      // Sections re-checked in the 6 December review of sources carry that date.
      'ai-102/': { sections: ['salaries', 'skills', 'trends', 'comparison', 'path'], checked: /checked on (26 November|6 December) 2026/ },
      'ai-103/': { sections: ['purpose', 'who', 'skills', 'differences', 'preparation', 'logistics'], checked: /checked on (2[67] November|6 December) 2026/ },
    };
    for (const [path, { sections, checked: when }] of Object.entries(guides)) {
      await page.goto(url(path));
      for (const section of sections) {
        const { checked, refs } = await referencesIn(page, section);
        expect(refs.length, `${path}#${section}`).toBeGreaterThan(0);
        expect(
          refs.every((r) => r.inSources && r.external),
          `${path}#${section}`,
        ).toBe(true);
        expect(checked, `${path}#${section}`).toMatch(when);
      }
    }
    await context.close();
  });

  it('sends the AI-102 guide’s reader to the one comparison table, naming what it compares', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/'));
    // The paragraph after the section's heading that links to the table.
    const text = (await page.locator('.prose h2#comparison ~ p:has(a[href$="/certifications/#comparison"])').textContent())!.replace(/\s+/g, ' ');
    // The table's rows, as content/certifications/ai-102.yaml lists them, AI-102 itself aside.
    for (const code of ['AI-103', 'AI-300', 'DP-100', 'AZ-900', 'AWS ML Specialty', 'AWS MLA-C01', 'AWS AIP-C01', 'Google PMLE']) expect(text).toContain(code);
    expect(await page.locator('.prose table caption', { hasText: 'compared with other AI certifications' }).count()).toBe(0);
    await page.getByRole('link', { name: 'comparison table' }).click();
    await page.waitForURL(/\/prep\/certifications\/#comparison$/);
    expect(await page.locator('table caption', { hasText: 'AI-102 compared with other AI certifications' }).count()).toBe(1);
    await context.close();
  });

  it("numbers each AI-103 logistics fact's source, and gives a fact nobody confirmed no source", async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-103/'));
    const source = async (fact: string) =>
      (await page
        .locator('table[data-exam-facts] tr', { has: page.locator(`th:text-is("${fact}")`) })
        .locator('td')
        .nth(2)
        .textContent())!
        .replace(/\s+/g, ' ')
        .trim();
    expect(await source('Passing score')).toMatch(/^(Source \[\d+\])+$/);
    expect(await source('Validity and renewal')).toMatch(/^(Source \[\d+\])+$/);
    expect(await source('Price')).toBe('None found');
    const list = await page.locator('section.sources li').allTextContents();
    expect(list.some((t) => t.includes('Exam scoring and score reports') && t.includes('Microsoft Learn'))).toBe(true);
    await context.close();
  });

  it('resolves every reference on the salary, certification and FAQ pages too', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    for (const path of ['salaries/', 'certifications/', 'ai-102/faq/', 'ai-103/faq/']) {
      await page.goto(url(path));
      const targets = await page.$$eval('a.cite', (as) =>
        as.map((a) => !!document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.closest('section.sources')),
      );
      expect(targets.length, path).toBeGreaterThan(0);
      expect(targets.every(Boolean), path).toBe(true);
    }
    await context.close();
  });
});

describe("today's certification map", () => {
  it('reads "Retired" with the date for retired certifications, and never assumes "Available"', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('certifications/'));
    const status = async (code: string) =>
      (await page
        .locator('tbody tr', { has: page.locator(`th[scope=row]:text-is("${code}")`) })
        .locator('td.status')
        .textContent())!
        .replace(/\s+/g, ' ')
        .trim();
    expect(await status('AI-102')).toMatch(/^Retired 30 June 2026\. Successor: AI-103/);
    expect(await status('DP-100')).toMatch(/^Retired 1 June 2026\. Successor: AI-300/);
    expect(await status('AWS ML Specialty')).toMatch(/^Retired 31 March 2026\. Successor: MLA-C01 or AIP-C01/);
    for (const code of ['AI-103', 'AI-300', 'AZ-900', 'AWS MLA-C01', 'AWS AIP-C01', 'Google PMLE']) expect(await status(code)).toMatch(/^Active/);
    expect(await page.locator('main').textContent()).not.toContain('Available');
    const current = (await page.locator('.path-step.current').textContent())!.replace(/\s+/g, ' ');
    expect(current).toContain('AI-103');
    expect(current).toContain('Replaces AI-102 Azure AI Engineer Associate: Retired 30 June 2026.');
    await context.close();
  });

  it('shows the same rounded hub figures in the chart and the table', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('salaries/'));
    const bar = page.locator('figure.chart li', { hasText: 'Azure AI Engineer' });
    expect((await bar.locator('.chart-value').textContent())?.replace(/\s+/g, ' ').trim()).toBe('$120k–$155k hubs $140k–$195k');
    const row = page.locator('tbody tr', { has: page.locator('th:text-is("Azure AI Engineer")') });
    expect(await row.locator('td').nth(1).textContent()).toBe('$140,000 – $195,000');
    await context.close();
  });
});

describe('dated, reportable questions', () => {
  it('shows the check date and a report link carrying the question id with the feedback and in the review', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/quiz/'));
    await startByMouse(page, 'practice', '10');
    const q = await currentQuestion(page);
    await answerByMouse(page, q, planned(q, 'right'));
    await page.getByRole('button', { name: 'Check answer' }).click();
    const meta = page.locator(`.quiz-runner [data-question="${q.id}"] .question-meta`);
    expect(await meta.textContent()).toMatch(/^Checked against Microsoft Learn on \d{1,2} \w+ 20\d\d\./);
    const report = await meta.locator('a.report-link').getAttribute('href');
    expect(report).toMatch(/^mailto:/);
    expect(report).toContain(encodeURIComponent(q.id));
    expect(report).toContain('ai-102');
    expect(report).not.toContain('ai-103');
    await page.getByRole('button', { name: 'Next question' }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axe(page, '.quiz-runner'), scheme).toEqual([]);
    }
    await context.close();

    const review = await newPage(browser);
    await review.page.goto(url('ai-102/quiz/'));
    await startByMouse(review.page, 'practice', '10');
    await finishPractice(review.page, 10);
    // The review is a compact list: each item, opened, shows its question with the check date and report link.
    const items = review.page.locator('.quiz-results .answer-list > li[data-question]');
    expect(await items.count()).toBe(10);
    for (const i of [0, 9]) {
      const item = items.nth(i);
      await item.locator('summary').click();
      await item.locator('.question-meta').waitFor();
      expect(await item.locator('a.report-link').getAttribute('href')).toContain(encodeURIComponent((await item.getAttribute('data-question'))!));
      expect(await item.locator('.evidence-title').textContent()).toBe('From Microsoft Learn:');
    }
    await review.context.close();
  });

  it('resumes an attempt saved before a question changed and says which question changed', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/quiz/'));
    await startByMouse(page, 'practice', '10');
    const q = await currentQuestion(page);
    await page.locator('.quiz-runner').waitFor();
    expect(await page.locator('.question-changed').count()).toBe(0);
    // As if the attempt had started when this question had another version.
    await page.evaluate((id) => {
      const seen = JSON.parse(localStorage.getItem('ai102-quiz:versions')!);
      seen.versions[id] = 'older-version';
      localStorage.setItem('ai102-quiz:versions', JSON.stringify(seen));
    }, q.id);
    await page.reload();
    const note = page.locator(`.quiz-runner [data-question="${q.id}"] .question-changed`);
    await note.waitFor();
    expect(await note.textContent()).toMatch(/updated this question after you started this attempt/);
    expect(await note.locator('a').getAttribute('href')).toBe('/prep/ai-102/quiz/changes/');
    await context.close();
  });

  it('lists the changes of the last revisions in the change log, newest first, linked from the quiz', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/quiz/'));
    await page.getByRole('link', { name: 'See every change to the questions' }).click();
    await page.waitForURL(/\/prep\/ai-102\/quiz\/changes\/$/);
    const ids = await page.$$eval('li[data-question]', (els) => els.map((e) => e.getAttribute('data-question')));
    // The 26 November revision, still listed below the issue 17 re-verification of 6 December.
    expect(ids).toEqual(
      expect.arrayContaining([
        'd2-lower-temperature-focused',
        'd2-vision-local-image',
        'd2-python-chat-completion-client',
        'd4-custom-vision-object-detection',
        'd5-textanalytics-opinion-mining-python',
        'd5-speech-translation-multi-target',
        'd3-agent-framework-successor',
      ]),
    );
    const dates = await page.locator('li[data-question]').allTextContents();
    expect(dates[0]).toContain('6 December 2026');
    expect(dates.at(-1)).toContain('26 November 2026');
    await context.close();
  });

  it('links every quiz and question list to its own exam in the change log, and reports name that exam', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    for (const exam of ['ai-102', 'ai-103']) {
      for (const path of [`${exam}/quiz/`, `${exam}/questions/`]) {
        await page.goto(url(path));
        const log = page.getByRole('link', { name: /^See every change to the/ });
        expect(await log.getAttribute('href'), path).toBe(`/prep/${exam}/quiz/changes/`);
      }
      // The no-JavaScript list: every answer's report link names this page's bank, never the other one.
      const reports = await page.$$eval('a.report-link', (as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).href)));
      expect(reports.length, exam).toBeGreaterThan(0);
      expect(
        reports.every((r) => r.includes(`Exam: ${exam}`)),
        exam,
      ).toBe(true);
    }
    // The index keeps the single log's anchors; each exam's section leads to that exam's log, which holds
    // its own questions only (a reader of one exam's changes never downloads another's).
    await page.goto(url('quiz/changes/'));
    expect(await page.locator('h2').allTextContents()).toEqual(['AI-103 questions', 'AI-102 questions']);
    for (const exam of ['ai-102', 'ai-103']) {
      await page.goto(url(`quiz/changes/#changes-${exam}`));
      await page
        .locator(`section:has(#changes-${exam})`)
        .getByRole('link', { name: /^Every change to the/ })
        .click();
      await page.waitForURL(new RegExp(`/prep/${exam}/quiz/changes/$`));
      const ids = await page.$$eval('li[data-question]', (els) => els.map((e) => e.getAttribute('data-question')!));
      const bank = new Set(bankOf(exam).questions.map((q) => q.id));
      expect(ids.length, exam).toBeGreaterThan(5);
      // Code in an entry reads as code, never with the log file's backticks.
      expect(await page.locator('li[data-question]').allTextContents(), exam).not.toContainEqual(expect.stringContaining('`'));
      expect(
        ids.filter((id) => !bank.has(id)),
        exam,
      ).toEqual([]);
    }
    await context.close();
  });
});

/** The bank as the page's tests read it: the key's quotes, and each part's. */
const bankOf = (exam: string) => bankSchema.parse(readData(`content/quiz/${exam}.json`));
const keyQuotes = (q: Question) => q.evidence.filter((e) => e.for === 'key');
/** What a quote link reads, hidden words included. */
const linkText = (quote: string) => `‘${quote}’↗ (Microsoft Learn, external site)`;

describe('the Learn evidence behind each answer', () => {
  it('quotes Learn for the key after Check, each quote an external link to its page, in both themes', async ({ browser }) => {
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-102/quiz/'));
    await startByMouse(page, 'practice', '10');
    const q = await currentQuestion(page);
    const root = page.locator(`.quiz-runner [data-question="${q.id}"]`);
    expect(await root.locator('.evidence').count()).toBe(0); // nothing before the check
    await answerByMouse(page, q, planned(q, 'wrong'));
    await page.getByRole('button', { name: 'Check answer' }).click();
    const evidence = root.locator('[data-testid="evidence"]');
    expect(await evidence.locator('.evidence-title').textContent()).toBe('From Microsoft Learn:');
    const links = evidence.locator('a.evidence-quote');
    const key = keyQuotes(q);
    expect(await links.count()).toBe(key.length);
    for (const [i, e] of key.entries()) {
      expect(await links.nth(i).getAttribute('href')).toBe(e.url);
      expect(await links.nth(i).getAttribute('class')).toContain('external');
      expect((await links.nth(i).textContent())!.replace(/\s+/g, ' ')).toBe(linkText(e.quote));
    }
    // A part's quote sits under that part's feedback.
    for (const e of q.evidence.filter((x) => x.for !== 'key')) {
      expect(await root.locator(`[data-evidence-for="${e.for}"] a.evidence-quote`).first().getAttribute('href')).toBe(
        q.evidence.find((x) => x.for === e.for)!.url,
      );
    }
    // Under the explanation, above the references.
    expect(await root.locator('.reveal > .explanation + [data-testid="evidence"] + .refs-title').count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axe(page, '.quiz-runner'), scheme).toEqual([]);
    }
    await context.close();
  });

  it('tags a question about a preview feature with "Preview feature" next to its check date', async ({ browser }) => {
    const bank = bankOf('ai-103');
    const preview = bank.questions.find((q) => q.featureStatus.status === 'preview');
    if (!preview) return; // nothing to tag
    const inDomain = bank.questions.filter((q) => q.domain === preview.domain).length;
    const { page, context } = await newPage(browser);
    await page.goto(url('ai-103/quiz/'));
    await startByMouse(page, 'practice', 'all', [preview.domain]);
    let seen = 0;
    for (let n = 1; n <= inDomain; n++) {
      await at(page, n);
      const q = await currentQuestion(page);
      await answerByMouse(page, q, planned(q, 'right'));
      await page.getByRole('button', { name: 'Check answer' }).click();
      const meta = page.locator(`.quiz-runner [data-question="${q.id}"] .question-meta`);
      await meta.waitFor();
      const tag = meta.locator('[data-testid="preview-tag"]');
      if (q.featureStatus.status === 'preview') {
        seen++;
        expect(await tag.textContent()).toBe('Preview feature');
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await axe(page, '.quiz-runner'), scheme).toEqual([]);
        }
        break;
      }
      expect(await tag.count(), q.id).toBe(0);
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    expect(seen).toBe(1);
    await context.close();
  });

  it('shows the key quotes, and the preview tags, on the questions page without JavaScript, in both themes', async ({ browser }) => {
    for (const exam of ['ai-102', 'ai-103']) {
      const bank = bankOf(exam);
      const { page, context } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(url(`${exam}/questions/`));
      const items = page.locator('.static-quiz > ol > li');
      expect(await items.count()).toBe(bank.questions.length);
      const shown = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.id,
          quotes: [...li.querySelectorAll<HTMLAnchorElement>('.evidence a.evidence-quote.external')].map((a) => ({
            url: a.getAttribute('href'),
            text: a.textContent!.replace(/\s+/g, ' '),
          })),
          title: li.querySelector('.evidence-title')?.textContent,
          preview: li.querySelector('.question-meta .preview-tag')?.textContent ?? null,
        })),
      );
      for (const q of bank.questions) {
        const got = shown.find((s) => s.id === q.id)!;
        expect(got.title, q.id).toBe('From Microsoft Learn:');
        // The key's quotes (a part's needs its feedback beside it, which only the quiz shows).
        expect(got.quotes, q.id).toEqual(keyQuotes(q).map((e) => ({ url: e.url, text: linkText(e.quote) })));
        expect(got.preview, q.id).toBe(q.featureStatus.status === 'preview' ? 'Preview feature' : null);
      }
      await context.close();
      // Axe, in each theme, the first question and a preview one (if any) with their answers open. Axe
      // needs scripts to run, so this is the same page with JavaScript on.
      const withJs = await newPage(browser);
      await withJs.page.goto(url(`${exam}/questions/`));
      const checked = [bank.questions[0]!, ...bank.questions.filter((q) => q.featureStatus.status === 'preview').slice(0, 1)];
      for (const q of checked) {
        await withJs.page.locator(`[id="${q.id}"] details:not(.case-study) > summary`).click();
        for (const scheme of ['light', 'dark'] as const) {
          await withJs.page.emulateMedia({ colorScheme: scheme });
          expect(await axe(withJs.page, `[id="${q.id}"]`), `${exam} ${q.id} ${scheme}`).toEqual([]);
        }
      }
      await withJs.context.close();
    }
  });
});
