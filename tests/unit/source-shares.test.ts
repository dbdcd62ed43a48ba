import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { filesOf, readData } from '../../src/schemas/check';
import { collectionFiles, type CollectionName } from '../../src/schemas/collections';
import { sourceSchema, type SourceKind } from '../../src/schemas/sources';

/**
 * Who stands behind each citation in content/. Official: the owner of an exam or certification
 * (Microsoft, AWS, Google); primary: the publisher of the data itself (BLS, Levels.fyi, Built In).
 * Everything else (prep vendors, blogs, salary guides, the source article) is third party.
 */
const OFFICIAL = ['learn.microsoft.com', 'microsoft.com', 'techcommunity.microsoft.com', 'aws.amazon.com', 'docs.aws.amazon.com', 'cloud.google.com'];
const PRIMARY = ['bls.gov', 'levels.fyi', 'builtin.com'];
const within = (host: string, domains: string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

export function classify(url: string | undefined): 'official' | 'primary' | 'third-party' {
  if (!url) return 'third-party';
  const host = new URL(url).hostname.toLowerCase();
  if (within(host, OFFICIAL)) return 'official';
  if (within(host, PRIMARY)) return 'primary';
  return 'third-party';
}

interface Cited {
  file: string;
  title: string;
  publisher: string;
  url?: string;
  kind?: SourceKind;
}

/** Every source object in every sourced collection, once per place it is cited (YAML aliases count each time). */
function citations(contentDir = 'content'): Cited[] {
  const found: Cited[] = [];
  const walk = (value: unknown, file: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, file));
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.title === 'string' && typeof o.publisher === 'string' && 'accessed' in o) {
      found.push({ file, title: o.title, publisher: o.publisher, url: o.url as string | undefined, kind: o.kind as SourceKind | undefined });
      return;
    }
    Object.values(o).forEach((v) => walk(v, file));
  };
  const sourced: CollectionName[] = ['exams', 'guide', 'faq', 'salaries', 'certifications', 'bridges'];
  for (const name of sourced) {
    const { folder, pattern } = collectionFiles[name];
    for (const file of filesOf(join(contentDir, folder), pattern)) walk(readData(file), file);
  }
  return found;
}

describe('who the citations come from', () => {
  const all = citations();
  const byClass = { official: 0, primary: 0, 'third-party': 0 };
  const byPublisher = new Map<string, number>();
  for (const c of all) {
    byClass[classify(c.url)]++;
    byPublisher.set(c.publisher, (byPublisher.get(c.publisher) ?? 0) + 1);
  }
  const share = (byClass.official + byClass.primary) / all.length;

  it('finds the citations of every sourced collection', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((c) => c.file.split('/')[1])).size).toBeGreaterThanOrEqual(5);
    console.info(
      `citations: ${all.length}; official ${byClass.official}, primary ${byClass.primary}, third party ${byClass['third-party']}; ` +
        `official or primary ${(share * 100).toFixed(1)}%\n` +
        [...byPublisher]
          .sort((a, b) => b[1] - a[1])
          .map(([p, n]) => `  ${n}\t${p}`)
          .join('\n'),
    );
  });

  // The target is 60%. On 2026-12-06 it stood at 44.6% (23.1% before): the remaining third-party
  // citations back facts whose official pages (the AI-102 and AI-103 exam pages, Learn's retirement
  // list, AWS's MLS-C01 page, bls.gov, builtin.com, levels.fyi) could not be read from here, and a page
  // nobody read cannot be cited for a sentence. The floor keeps the share from sliding back; raise it
  // as official pages replace the rest.
  const FLOOR = 0.44;
  it(`cites official or primary publishers for at least ${FLOOR * 100}% of them (target 60%)`, () => {
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it('states no kind its address contradicts', () => {
    const wrong = all
      .filter((c) => c.kind && c.kind !== 'source-article' && c.kind !== classify(c.url))
      .map((c) => `${c.file}: "${c.title}" says ${c.kind}, its address is ${classify(c.url)}`);
    expect(wrong).toEqual([]);
  });

  it('gives an address to every source except the source article, which says what it is', () => {
    const bad = all.filter((c) => !c.url && c.kind !== 'source-article').map((c) => `${c.file}: ${c.title}`);
    expect(bad).toEqual([]);
    expect(sourceSchema.safeParse({ title: 'The article', publisher: 'Unknown', accessed: '2026-12-06', kind: 'source-article' }).success).toBe(false);
  });

  it('classifies by the host, not by a look-alike', () => {
    expect(classify('https://learn.microsoft.com/en-us/credentials/')).toBe('official');
    expect(classify('https://www.bls.gov/ooh/')).toBe('primary');
    expect(classify('https://learn-microsoft-com.example.ru/en-us/')).toBe('third-party');
    expect(classify('https://notmicrosoft.com/')).toBe('third-party');
  });
});
