import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { storageKeys } from '../../src/quiz/storage-keys';
import { checkContent, formatProblem, readData } from '../../src/schemas/check';

describe('storage keys per exam', () => {
  it('keeps the keys AI-102 used before the site had two exams, so an attempt in progress resumes', () => {
    expect(storageKeys('ai-102')).toEqual({ attempt: 'ai102-quiz:attempt', history: 'ai102-quiz:history', versions: 'ai102-quiz:versions' });
  });
  it('gives AI-103 keys of its own', () => {
    expect(storageKeys('ai-103')).toEqual({ attempt: 'ai103-quiz:attempt', history: 'ai103-quiz:history', versions: 'ai103-quiz:versions' });
  });
});

/** checkContent over a copy of content/ changed by `edit`. */
function problemsAfter(edit: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'exams-content-'));
  try {
    cpSync('content', dir, { recursive: true });
    edit(dir);
    return checkContent(dir, dir).map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The change log without AI-103's entries, which name questions of the real AI-103 bank. */
function dropAi103Changes(dir: string) {
  const log = readData(join(dir, 'changelog.yaml')) as { exam: string }[];
  writeFileSync(join(dir, 'changelog.yaml'), yaml.dump(log.filter((c) => c.exam !== 'ai-103')));
}

describe('content that spans exams', () => {
  it('builds with or without the AI-103 bank', () => {
    expect(problemsAfter((d) => (rmSync(join(d, 'quiz/ai-103.json'), { force: true }), dropAi103Changes(d)))).toEqual([]);
    expect(problemsAfter((d) => (cpSync('tests/fixtures/quiz/ai-103-small.json', join(d, 'quiz/ai-103.json')), dropAi103Changes(d)))).toEqual([]);
  });

  it('needs an offer entry (or null) in the settings for every exam', () => {
    const problems = problemsAfter((d) => {
      const settings = readData(join(d, 'settings.json')) as { offers: Record<string, unknown> };
      delete settings.offers['ai-103'];
      writeFileSync(join(d, 'settings.json'), JSON.stringify(settings));
    });
    expect(problems).toEqual(['settings.json › entry "settings" › field "offers.ai-103": is missing: give the offer, or null for none']);
  });

  it('refuses an FAQ folder that is not an exam, and an exam without an FAQ', () => {
    const problems = problemsAfter((d) => {
      cpSync(join(d, 'faq/ai-103'), join(d, 'faq/ai-999'), { recursive: true });
      rmSync(join(d, 'faq/ai-103'), { recursive: true });
    });
    expect(problems).toContain('exams/ai-103.yaml › entry "ai-103" › file: has no FAQ: add content/faq/ai-103/<anchor>.md');
    expect(problems).toContain(
      'faq/ai-999/exam-cost.md › entry "ai-999/exam-cost" › file: lives in content/faq/ai-999/, but "ai-999" is not an exam in content/exams/',
    );
  });

  it('checks the bridge against both exams: each old domain once, in order, and real new domains', () => {
    const problems = problemsAfter((d) => {
      const file = join(d, 'bridges/ai-102-to-ai-103.yaml');
      const bridge = readData(file) as { domains: { from: number; to: number[] }[]; added: { domain: number }[] };
      bridge.domains.pop();
      bridge.domains[0]!.to = [6];
      bridge.added[0]!.domain = 9;
      writeFileSync(file, yaml.dump(bridge));
    });
    expect(problems).toEqual([
      'bridges/ai-102-to-ai-103.yaml › entry "ai-102-to-ai-103" › field "domains": must list the domains of ai-102 once each, in order (1, 2, 3, 4, 5, 6); got 1, 2, 3, 4, 5',
      'bridges/ai-102-to-ai-103.yaml › entry "ai-102-to-ai-103" › field "domains[0].to[0]": 6 is not a domain of ai-103',
      'bridges/ai-102-to-ai-103.yaml › entry "ai-102-to-ai-103" › field "added[0].domain": 9 is not a domain of ai-103',
    ]);
  });

  it('refuses a successorDomain the successor exam does not have', () => {
    const problems = problemsAfter((d) => {
      const file = join(d, 'quiz/ai-102.json');
      const bank = readData(file) as { questions: Record<string, unknown>[] };
      bank.questions[0]!.successorDomain = 6;
      unlinkSync(file);
      writeFileSync(file, JSON.stringify(bank));
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/› field "successorDomain": 6 is not a domain of AI-103 \(1, 2, 3, 4, 5\)$/);
  });
});
