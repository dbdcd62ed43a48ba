import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readData } from '../../src/schemas/check';
import { bankSchema } from '../../src/quiz/bank-schema';
import { renderBank } from '../../src/utils/render-bank';
import { rehypeSanitizeContent } from '../../src/integrations/rehype-sanitize-content';

// What must never reach a page or the bank JSON, written out by hand. (The words between an inline
// <script> and </script> may remain as plain, inert text.)
const UNSAFE = /<script|<iframe|<svg|<img|\son[a-z]+\s*=|javascript:/i;
const fixture = (name: string) => `tests/fixtures/sanitize/${name}`;

describe('Markdown from content is sanitized at build time', () => {
  it('keeps script, event handlers and javascript: links out of every question field and case study in the bank JSON', async () => {
    const bank = bankSchema.parse(readData(fixture('bank.json')));
    const json = JSON.stringify(await renderBank(bank));
    expect(json).not.toMatch(UNSAFE);
    // The ordinary content around the payloads survives.
    expect(json).toContain('Which one?');
    expect(json).toContain('<strong>Kestrel Harbor Logistics</strong>');
    expect(json).toContain('click me');
  });

  it('keeps them out of an FAQ answer, and keeps links, emphasis, code and tables', async () => {
    const md = await createMarkdownProcessor({ rehypePlugins: [rehypeSanitizeContent()] });
    const html = (await md.render(readFileSync(fixture('faq.md'), 'utf8'))).code;
    expect(html).not.toMatch(UNSAFE);
    expect(html).toContain('<strong>emphasis</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://learn.microsoft.com/">a link</a>');
    expect(html).toContain('<a href="/salaries/">a page here</a>');
    expect(html).toContain('<td>table</td>');
  });

  it('keeps them out of the MDX guide but keeps the site components it is allowed to use', async () => {
    const js = String(
      await compile(readFileSync(fixture('guide.mdx'), 'utf8'), {
        rehypePlugins: [rehypeSanitizeContent({ components: ['SectionFacts'] })],
      }),
    );
    expect(js).not.toMatch(UNSAFE);
    expect(js).not.toContain('alert(');
    expect(js).toContain('section: "salaries"');
    expect(js).toContain('href: "https://example.com/"');
  });
});

describe('links in content', () => {
  it('marks a link to another site with a visible arrow and words for screen readers, and prefixes site links with the base', async () => {
    const { rehypeBaseLinks } = await import('../../src/integrations/rehype-base-links');
    const md = await createMarkdownProcessor({ rehypePlugins: [rehypeSanitizeContent(), rehypeBaseLinks('/ai-102/')] });
    const html = (await md.render('[Learn](https://learn.microsoft.com/) and [salaries](/salaries/)')).code;
    expect(html).toBe(
      '<p><a href="https://learn.microsoft.com/" class="external" rel="noopener noreferrer">Learn<span class="external-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (external site)</span></a> and <a href="/ai-102/salaries/">salaries</a></p>',
    );
  });
});

describe('Learn quotes are plain text', () => {
  it('escapes markup in a quote after Check: it shows as words, never as HTML', async () => {
    const { h } = await import('preact');
    const { renderToString } = await import('preact-render-to-string');
    const { KeyEvidence, PartEvidence } = await import('../../src/components/quiz/Evidence');
    const bank = bankSchema.parse(readData(fixture('bank.json')));
    const q = bank.questions[0]!;
    const payload = '<img src=x onerror=alert(1)> and <script>alert(2)</script> **not bold**';
    const part = q.type === 'yesno' ? q.statements[0]!.id : q.type === 'dropdown' ? q.blanks[0]!.id : q.options[0]!.id;
    const withQuote = {
      ...q,
      evidence: [
        { ...q.evidence[0]!, quote: payload },
        { ...q.evidence[0]!, for: part, quote: payload },
      ],
    };
    for (const html of [renderToString(h(KeyEvidence, { q: withQuote })), renderToString(h(PartEvidence, { q: withQuote, id: part }))]) {
      expect(html).not.toMatch(/<img|<script/i); // the words " onerror=" stay, as inert text
      expect(html).toContain('‘&lt;img src=x onerror=alert(1)> and &lt;script>alert(2)&lt;/script> **not bold**’');
    }
  });
});
