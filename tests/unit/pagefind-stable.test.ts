/*
 * Pagefind writes its filter index in hash-map order. Fed the same pages, two runs must give the same
 * files once src/integrations/pagefind-stable.ts has put them in order; this fails if Pagefind's format
 * moves under that code.
 */
import { afterAll, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { stablePagefind, type PagefindFile } from '../../src/integrations/pagefind-stable';

afterAll(() => pagefind.close());

const VALUES = ['Guide', 'Salaries', 'Certifications', 'FAQ', 'Quiz', 'Change log', 'Bridge'];

async function files(order: string[]): Promise<PagefindFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const [i, section] of order.entries()) {
    await index!.addCustomRecord({
      url: `/p${VALUES.indexOf(section)}/`,
      content: `page about ${section} number ${i}`,
      language: 'en',
      filters: { section: [section], exam: [i % 2 ? 'AI-102' : 'AI-103'] },
    });
  }
  const { files: out } = await index!.getFiles();
  await index!.deleteIndex();
  return out.filter((f) => !/^(fragment|index)\//.test(f.path) && /pf_|entry/.test(f.path)).map((f) => ({ path: f.path, content: Buffer.from(f.content) }));
}

const snapshot = (fs: PagefindFile[]) => Object.fromEntries(fs.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));

it('gives the same filter, metadata and entry files whatever order the pages come in', async () => {
  const a = stablePagefind(await files(VALUES));
  const b = stablePagefind(await files([...VALUES].reverse()));
  // The page numbers differ with the order, so the same pages in the same order are compared across runs too.
  const c = stablePagefind(await files(VALUES));
  expect(snapshot(c)).toEqual(snapshot(a));
  expect(Object.keys(snapshot(b)).filter((p) => p.startsWith('filter/')).length).toBe(2);
  // Pages fed in the opposite order still list each filter's values in one order.
  const order = (fs: PagefindFile[]) =>
    fs
      .filter((x) => x.path.startsWith('filter/'))
      .map((f) => gunzipSync(f.content).toString('latin1'))
      .map((text) => [...VALUES, 'AI-102', 'AI-103'].filter((v) => text.includes(v)).sort((x, y) => text.indexOf(x) - text.indexOf(y)))
      .sort((x, y) => x.length - y.length);
  expect(order(b)).toEqual(order(a));
  expect(order(a)[1]).toHaveLength(VALUES.length);
  // The entry names the renamed metadata file, which names the renamed filter files.
  const entry = JSON.parse(Buffer.from(a.find((f) => f.path === 'pagefind-entry.json')!.content).toString()) as { languages: { en: { hash: string } } };
  const meta = a.find((f) => f.path === `pagefind.${entry.languages.en.hash}.pf_meta`);
  expect(meta).toBeDefined();
  const metaText = gunzipSync(meta!.content).toString('latin1');
  for (const f of a.filter((x) => x.path.startsWith('filter/'))) expect(metaText).toContain(f.path.replace(/^filter\/|\.pf_filter$/g, ''));
});
