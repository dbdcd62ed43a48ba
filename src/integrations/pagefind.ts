import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { VOCABULARY_FILE } from '../scripts/search-typos';
import { stablePagefind } from './pagefind-stable';
import { filesIn } from '../utils/files';
import { RECORDS_FILE, RECORDS_SECTION, type QuestionRecord } from '../utils/question-records';

// Pagefind's ready-made UIs (we have our own dialog) and the engine for undetected languages (every page
// is English): neither the site nor the precache needs them.
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/;

/**
 * The page as Pagefind should read it. Pagefind joins the text of adjacent elements, so a table row
 * written without whitespace ("<td>AI-102</td><td>Azure…") reads "AI-102Azure…" in an excerpt: a
 * space after each cell and item, and a divider after each row, keep excerpts readable. Only the
 * indexed copy changes; dist/ keeps its bytes.
 */
export const spaced = (html: string) =>
  html
    .replace(/<\/(td|th|li|dt|dd|p|h[1-6]|figcaption|caption|summary)>/g, '</$1> ')
    .replace(/<\/tr>/g, '</tr> · ')
    // Bold marks a paragraph's key term ("**Retrieval-augmented generation (RAG).**"): it counts double.
    .replace(/<strong>/g, '<strong data-pagefind-weight="2">');

/**
 * Indexes the built pages with Pagefind's Node API, plus one record per practice question. It runs
 * before the service worker is generated (integration order), and writes the files itself from
 * getFiles(), so every byte is on disk before the worker's precache manifest is computed.
 */
const MAX_WORDS = 5000;

/** Every word of the indexed text (Pagefind's own fragments), most frequent first. */
function vocabulary(files: { path: string; content: Uint8Array }[]): string[] {
  const counts = new Map<string, number>();
  for (const f of files.filter((x) => x.path.startsWith('fragment/'))) {
    const json = gunzipSync(f.content)
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const { content } = JSON.parse(json) as { content: string };
    for (const w of content.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const all = filesIn(root);
          let pages = 0;
          for (const file of all.filter((f) => f.endsWith('.html'))) {
            const added = await index.addHTMLFile({ sourcePath: relative(root, file), content: spaced(readFileSync(file, 'utf8')) });
            if (added.errors.length) throw new Error(`Pagefind failed to index ${file}: ${added.errors.join('; ')}`);
            pages++;
          }
          let questions = 0;
          for (const file of all.filter((f) => f.endsWith(`/${RECORDS_FILE}`))) {
            for (const r of JSON.parse(readFileSync(file, 'utf8')) as QuestionRecord[]) {
              const added = await index.addCustomRecord({
                url: r.url,
                content: r.content,
                language: 'en',
                meta: { title: r.title },
                filters: { section: [RECORDS_SECTION], exam: [r.exam] },
              });
              if (added.errors.length) throw new Error(`Pagefind failed to index ${r.url}: ${added.errors.join('; ')}`);
              questions++;
            }
            rmSync(file);
          }
          const { files: unstable, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length) throw new Error(`Pagefind failed to build its files: ${fileErrors.join('; ')}`);
          const files = stablePagefind(unstable);
          let bytes = 0;
          for (const file of files) {
            if (UNUSED.test(file.path)) continue;
            const out = join(root, 'pagefind', file.path);
            mkdirSync(dirname(out), { recursive: true });
            writeFileSync(out, file.content);
            bytes += file.content.byteLength;
          }
          const words = vocabulary(files);
          writeFileSync(join(root, 'pagefind', VOCABULARY_FILE), JSON.stringify(words));
          bytes += Buffer.byteLength(JSON.stringify(words));
          logger.info(`indexed ${pages} HTML files and ${questions} practice questions: ${(bytes / 1024).toFixed(0)} KB in pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
