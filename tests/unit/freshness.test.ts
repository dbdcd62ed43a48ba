import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { formatProblem } from '../../src/schemas/check';
import { staleFacts } from '../../src/schemas/freshness';

const DIR = 'tests/fixtures/freshness';
const on = (day: string) => new Date(`${day}T00:00:00Z`);

describe('freshness: facts checked more than 180 days ago', () => {
  it('names the file, entry and field of each stale fact group and question, oldest first', () => {
    expect(staleFacts(DIR, on('2026-12-01')).map(formatProblem)).toEqual([
      'tests/fixtures/freshness/quiz/demo.json › entry "demo" › question "d2-old" › field "checked": last checked 2025-12-01, 365 days ago (limit 180)',
      'tests/fixtures/freshness/salaries/demo.yaml › entry "demo" › field "figures.checked": last checked 2026-05-15, 200 days ago (limit 180)',
      'tests/fixtures/freshness/certifications/demo.yaml › entry "demo" › certification "DP-100" › field "checked": last checked 2026-06-03, 181 days ago (limit 180)',
    ]);
  });

  it('counts exactly 180 days as still fresh', () => {
    const lines = staleFacts(DIR, on('2026-12-01')).map(formatProblem).join('\n');
    expect(lines).not.toContain('AI-103'); // checked 2026-06-04: 180 days before
  });

  it('finds nothing stale in the real content on the day it was checked', () => {
    expect(staleFacts('content', on('2026-11-27'))).toEqual([]);
  });

  it('covers both exams: their profiles, guides, FAQ answers and question banks', () => {
    // Far enough ahead that every date in content is stale, whatever editors re-check later.
    const files = new Set(staleFacts('content', on('2100-01-01')).map((p) => p.file));
    for (const exam of ['ai-102', 'ai-103']) {
      expect(files, exam).toContain(`content/exams/${exam}.yaml`);
      expect(files, exam).toContain(`content/guide/${exam}.mdx`);
      expect(files, exam).toContain(`content/quiz/${exam}.json`);
      expect(
        [...files].some((f) => f.startsWith(`content/faq/${exam}/`)),
        exam,
      ).toBe(true);
    }
  });

  it('npm run freshness exits non-zero and lists them when a given today makes facts stale', () => {
    const run = spawnSync('npx', ['vite-node', 'src/cli/freshness.ts', '--', '--today=2026-12-01'], {
      env: { ...process.env, CONTENT_DIR: DIR },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('3 fact group(s) or question(s) last checked more than 180 days before 2026-12-01');
    expect(run.stderr).toContain('question "d2-old" › field "checked"');
  }, 30_000);

  it('exits zero when everything is fresh', () => {
    const run = spawnSync('npx', ['vite-node', 'src/cli/freshness.ts', '--', '--today=2026-05-20'], {
      env: { ...process.env, CONTENT_DIR: DIR },
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('was checked within 180 days of 2026-05-20');
    expect(run.status).toBe(0);
  }, 30_000);
});

describe('freshness: questions past their recheckBy date', () => {
  const RECHECK = 'tests/fixtures/freshness-recheck';

  it('flags a recheckBy that has passed (or is today) and not one still ahead, though all were checked recently', () => {
    expect(staleFacts(RECHECK, on('2026-12-01')).map(formatProblem)).toEqual([
      'tests/fixtures/freshness-recheck/quiz/demo.json › entry "demo" › question "d1-retired-model" › field "recheckBy": recheck by 2026-11-20: 11 days overdue',
      'tests/fixtures/freshness-recheck/quiz/demo.json › entry "demo" › question "d2-due-today" › field "recheckBy": recheck by 2026-12-01: that is today',
    ]);
  });

  it('flags nothing before the first recheckBy date', () => {
    expect(staleFacts(RECHECK, on('2026-11-19'))).toEqual([]);
  });

  it('npm run freshness fails on a passed recheckBy', () => {
    const run = spawnSync('npx', ['vite-node', 'src/cli/freshness.ts', '--', '--today=2026-12-01'], {
      env: { ...process.env, CONTENT_DIR: RECHECK },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('question "d1-retired-model" › field "recheckBy": recheck by 2026-11-20: 11 days overdue');
    expect(run.stderr).not.toContain('d3-later');
  }, 30_000);
});
