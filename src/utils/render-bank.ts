/*
 * Turns a validated bank into what the island and the no-JavaScript list show: every Markdown field
 * rendered to HTML once, at build time, so the browser needs no Markdown parser.
 */
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import type { Bank, Question } from '../quiz/bank-schema';

let processor: Promise<MarkdownProcessor> | undefined;

async function block(md: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false });
  return (await (await processor).render(md)).code.trim();
}

/** Inline Markdown (option text, feedback): the same HTML without its wrapping paragraph. */
async function inline(md: string): Promise<string> {
  const html = await block(md);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
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

const cache = new Map<Bank, Promise<Bank>>();

export function renderBank(bank: Bank): Promise<Bank> {
  let rendered = cache.get(bank);
  if (!rendered) {
    rendered = (async () => ({
      ...bank,
      caseStudies: await Promise.all(bank.caseStudies.map(async (c) => ({ ...c, scenario: await block(c.scenario) }))),
      questions: await Promise.all(bank.questions.map(renderQuestion)),
    }))();
    cache.set(bank, rendered);
  }
  return rendered;
}
