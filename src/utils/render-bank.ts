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
import { PLAIN_KEY, rehypePlainText } from './hast-text';
import type { PlainText } from '../quiz/plain-text';

/**
 * A question as the island gets it: HTML fields, their plain text (for live regions, hidden labels and
 * search), its own version, and where to report a problem.
 */
export type RenderedQuestion = Question & { version: string; reportUrl?: string; plain: PlainText };
export type RenderedBank = Omit<Bank, 'questions'> & {
  /** Changes whenever any question or case study changes. */
  version: string;
  questions: RenderedQuestion[];
};

let processor: Promise<MarkdownProcessor> | undefined;

interface Rendered {
  html: string;
  /** The same text without markup, taken from the sanitized tree (src/utils/hast-text.ts). */
  text: string;
}

async function render(md: string): Promise<Rendered> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSanitizeContent(), rehypePlainText] });
  const out = await (await processor).render(md, { frontmatter: {} });
  return { html: out.code.trim(), text: String(out.metadata.frontmatter[PLAIN_KEY] ?? '') };
}

const block = async (md: string) => (await render(md)).html;

/** Inline Markdown (option text, feedback): the same HTML without its wrapping paragraph. */
async function inlineRendered(md: string): Promise<Rendered> {
  const { html, text } = await render(md);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return { html: single && !single[1]!.includes('<p>') ? single[1]! : html, text };
}
const inline = async (md: string) => (await inlineRendered(md)).html;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** A question's version: its source as written, with the case study it depends on. */
export function questionVersion(q: Question, bank: Pick<Bank, 'caseStudies'>): string {
  return hash(JSON.stringify([q, bank.caseStudies.find((c) => c.id === q.caseStudy) ?? null]));
}

export function bankVersion(bank: Pick<Bank, 'questions' | 'caseStudies'>): string {
  return hash(bank.questions.map((q) => `${q.id}:${questionVersion(q, bank)}`).join('\n'));
}

async function renderQuestion(q: Question): Promise<Question & { plain: PlainText }> {
  const stem = await render(q.stem);
  const parts: Record<string, string> = {};
  const base = { stem: stem.html, explanation: await block(q.explanation) };
  const part = async <T extends { id: string; text: string; feedback: string }>(p: T): Promise<T> => {
    const text = await inlineRendered(p.text);
    parts[p.id] = text.text;
    return { ...p, text: text.html, feedback: await inline(p.feedback) };
  };
  const plain = () => ({ stem: stem.text, parts });
  switch (q.type) {
    case 'single':
    case 'multi':
    case 'order': {
      const options = await Promise.all(q.options.map(part));
      return { ...q, ...base, options, plain: plain() };
    }
    case 'yesno': {
      const statements = await Promise.all(q.statements.map(part));
      return { ...q, ...base, statements, plain: plain() };
    }
    case 'dropdown':
      return { ...q, ...base, blanks: await Promise.all(q.blanks.map(async (b) => ({ ...b, feedback: await inline(b.feedback) }))), plain: plain() };
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
