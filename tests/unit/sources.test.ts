import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkFile, formatProblem } from '../../src/schemas/check';
import { collectionFiles } from '../../src/schemas/collections';
import { Citations } from '../../src/utils/citations';
import { guideCitations } from '../../src/utils/page-sources';
import type { Exam } from '../../src/schemas/exam';

const fixture = (p: string) => join('tests/fixtures/content', p);
const lines = (file: string, collection: keyof typeof collectionFiles) =>
  checkFile(fixture(file), collectionFiles[collection].schema).problems.map(formatProblem);

describe('every certification states its status', () => {
  it('rejects a retired certification without a date, naming file, entry, certification and field', () => {
    expect(lines('certifications/retired-without-date.yaml', 'certifications')).toEqual([
      'tests/fixtures/content/certifications/retired-without-date.yaml › entry "retired-without-date" › certification "DP-100" › field "status.date": DP-100 is retired, so its status needs a retirement date',
    ]);
  });

  it('rejects a retired certification without a successor', () => {
    expect(lines('certifications/retired-without-successor.yaml', 'certifications')).toEqual([
      'tests/fixtures/content/certifications/retired-without-successor.yaml › entry "retired-without-successor" › certification "AWS ML Specialty" › field "status.successor": AWS ML Specialty is retired, so its status needs a successor',
    ]);
  });

  it('has no default: a certification without a status fails instead of reading "Available"', () => {
    expect(lines('certifications/status-missing.yaml', 'certifications')).toEqual([
      'tests/fixtures/content/certifications/status-missing.yaml › entry "status-missing" › certification "AZ-900" › field "status": Required: { state: active }, or { state: retired, date, successor }',
    ]);
  });
});

describe('every fact group names its sources', () => {
  it('rejects salary ranges without a source', () => {
    expect(lines('salaries/missing-sources.yaml', 'salaries')).toEqual([
      'tests/fixtures/content/salaries/missing-sources.yaml › entry "missing-sources" › field "figures.sources": needs at least one source (title, publisher, url, accessed)',
    ]);
  });

  it('rejects an FAQ answer without sources or a checked date', () => {
    expect(lines('faq/no-sources.md', 'faq')).toEqual([
      'tests/fixtures/content/faq/no-sources.md › entry "no-sources" › field "checked": Required',
      'tests/fixtures/content/faq/no-sources.md › entry "no-sources" › field "sources": Required',
    ]);
  });

  it('rejects a source whose link is not https', () => {
    expect(lines('faq/http-source.md', 'faq')).toEqual([
      'tests/fixtures/content/faq/http-source.md › entry "http-source" › field "sources[0].url": must be an https:// URL',
    ]);
  });
});

describe('numbered references', () => {
  const a = { title: 'Page A', publisher: 'P', url: 'https://a.example/', accessed: new Date('2026-11-26') };
  const b = { title: 'Page B', publisher: 'P', url: 'https://b.example/', accessed: new Date('2026-11-26') };
  const checked = new Date('2026-11-26');

  it('numbers sources in the order the page registers them, once per address', () => {
    const c = new Citations().register({ checked, sources: [b] }, { checked, sources: [a, b] });
    expect(c.numbers({ checked, sources: [a] })).toEqual([2]);
    expect(c.list().map((s) => [s.n, s.source.title])).toEqual([
      [1, 'Page B'],
      [2, 'Page A'],
    ]);
  });

  it('refuses to cite a group the page never registered', () => {
    expect(() => new Citations().numbers({ checked, sources: [a] })).toThrow(/Page A.*did not register/);
  });
});

describe('the question change log', () => {
  it('names the entry and field of a change logged against a question the bank does not have', async () => {
    const { mkdtempSync, cpSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { checkContent } = await import('../../src/schemas/check');
    const dir = mkdtempSync(join(tmpdir(), 'ai102-changelog-'));
    try {
      cpSync('content', dir, { recursive: true });
      cpSync(fixture('changelog-unknown-question.yaml'), join(dir, 'changelog.yaml'));
      expect(checkContent(dir).map(formatProblem)).toEqual([
        `${join(dir, 'changelog.yaml')} › entry "changelog" › field "[0].question": "d9-no-such-question" is not a question in ${join(dir, 'quiz/ai-102.json')}`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a guide's sources follow its Markdown", () => {
  const checked = new Date('2026-11-26');
  const src = (title: string) => ({ title, publisher: 'Publisher', url: `https://example.com/${title.toLowerCase().replace(/\W+/g, '-')}`, accessed: checked });
  const exam = {
    checked,
    sources: [src('Outline')],
    passingScore: { sources: [src('Scoring')] },
    questionCount: { sources: [src('Duration page')] },
    duration: { sources: [src('Duration page')] },
    price: {},
    renewal: { sources: [src('Renewal')] },
  } as unknown as Exam;
  const shared = {
    salaries: { figures: { checked, sources: [src('Pay')] } },
    certifications: { compared: [{ checked, sources: [src('Cert')] }], path: { checked, sources: [src('Path')] } },
  } as unknown as Parameters<typeof guideCitations>[2];
  const titles = (c: Citations) => c.list().map((s) => `${s.n} ${s.source.title}`);

  it('numbers the sources of each sourced tag in reading order, each address once, and shows no group the guide leaves out', () => {
    const guide = {
      body: '## Who\n<SectionFacts section="who" />\n## Skills\n<DomainTable />\n## Logistics\n<ExamFacts />\n',
      data: { facts: { who: { checked, sources: [src('Audience')] }, later: { checked, sources: [src('Scoring')] } } },
    };
    expect(titles(guideCitations(guide, exam, shared))).toEqual(['1 Audience', '2 Outline', '3 Scoring', '4 Duration page', '5 Renewal']);
  });

  it('cites the salary and certification groups only when the guide shows their tables', () => {
    const guide = { body: '<CertificationPath />\n<SalaryTable />', data: { facts: {} } };
    expect(titles(guideCitations(guide, exam, shared))).toEqual(['1 Path', '2 Pay']);
  });
});
