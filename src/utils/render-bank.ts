/*
 * Turns a validated bank into what the island and the no-JavaScript list show: every Markdown field
 * rendered to HTML once, at build time, through the content sanitizer, so the browser needs no
 * Markdown parser and nothing unsafe reaches the bank JSON. It also stamps the bank's version.
 */
import { createHash } from 'node:crypto';
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeSanitizeContent } from '../integrations/rehype-sanitize-content';
import type { Bank, Question } from '../quiz/bank-schema';
import { reportLink } from './report-link';

/** A question as the island gets it: HTML fields, its own version, and where to report a problem. */
export type RenderedQuestion = Question & { version: string; reportUrl?: string };
export type RenderedBank = Omit<Bank, 'questions'> & {
  /** Changes whenever any question or case study changes. */
  version: string;
  questions: RenderedQuestion[];
};

let processor: Promise<MarkdownProcessor> | undefined;

async function block(md: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSanitizeContent()] });
  return (await (await processor).render(md)).code.trim();
}

/** Inline Markdown (option text, feedback): the same HTML without its wrapping paragraph. */
async function inline(md: string): Promise<string> {
  const html = await block(md);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** A question's version: its source as written, with the case study it depends on. */
export function questionVersion(q: Question, bank: Pick<Bank, 'caseStudies'>): string {
  return hash(JSON.stringify([q, bank.caseStudies.find((c) => c.id === q.caseStudy) ?? null]));
}

export function bankVersion(bank: Pick<Bank, 'questions' | 'caseStudies'>): string {
  return hash(bank.questions.map((q) => `${q.id}:${questionVersion(q, bank)}`).join('\n'));
}

async function renderQuestion(q: Question): Promise<Question> {
  const base = { stem: await block(q.stem), explanation: await block(q.explanation) };
  switch (q.type) {
    case 'single':
    case 'multi':
    case 'order':
      return {
        ...q,
        ...base,
        options: await Promise.all(q.options.map(async (o) => ({ ...o, text: await inline(o.text), feedback: await inline(o.feedback) }))),
      };
    case 'yesno':
      return {
        ...q,
        ...base,
        statements: await Promise.all(q.statements.map(async (s) => ({ ...s, text: await inline(s.text), feedback: await inline(s.feedback) }))),
      };
    case 'dropdown':
      return { ...q, ...base, blanks: await Promise.all(q.blanks.map(async (b) => ({ ...b, feedback: await inline(b.feedback) }))) };
  }
}

export interface RenderOptions {
  /** settings.reportProblem: the template for each question's report link. */
  reportTemplate?: string;
}

// Rendered once per bank and template: the quiz page and the bank endpoint share the work.
const cache = new WeakMap<Bank, Map<string, Promise<RenderedBank>>>();

export function renderBank(bank: Bank, options: RenderOptions = {}): Promise<RenderedBank> {
  const byTemplate = cache.get(bank) ?? new Map<string, Promise<RenderedBank>>();
  cache.set(bank, byTemplate);
  const key = options.reportTemplate ?? '';
  let rendered = byTemplate.get(key);
  if (!rendered) {
    rendered = (async () => {
      const version = bankVersion(bank);
      return {
        ...bank,
        version,
        caseStudies: await Promise.all(bank.caseStudies.map(async (c) => ({ ...c, scenario: await block(c.scenario) }))),
        questions: await Promise.all(
          bank.questions.map(async (q) => ({
            ...(await renderQuestion(q)),
            version: questionVersion(q, bank),
            reportUrl: reportLink(options.reportTemplate, { question: q.id, exam: bank.exam, version }),
          })),
        ),
      };
    })();
    byTemplate.set(key, rendered);
  }
  return rendered;
}
