import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from '../support/build-env';

// A real `astro build` of content/ with one file swapped for a broken fixture.
function buildWith(target: string, fixture: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ai102-content-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    cpSync(join('tests/fixtures/content', fixture), join(dir, 'content', target));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
      env: buildEnv({ CONTENT_DIR: join(dir, 'content'), FORCE_COLOR: '0' }, { isolated: true }),
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a build with malformed content', () => {
  it('fails naming the file, the entry and the field, without a stack trace', () => {
    const { status, output } = buildWith('exams/ai-102.yaml', 'exams/weight-min-above-max.yaml');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/exams\/ai-102\.yaml › entry "ai-102" › field "domains\[2\]\.weight": min must not exceed max/);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it('fails on a bad synonym in content/search.yaml, naming the group member', () => {
    const { status, output } = buildWith('search.yaml', 'search/bad-synonym.yaml');
    expect(status).not.toBe(0);
    expect(output).toMatch(/search\.yaml › entry "search" › field "synonyms\[1\]\[1\]": must be words/);
  });

  it('fails on an http checkout URL in an offer in the settings', () => {
    const { status, output } = buildWith('settings.json', 'settings/http-checkout.json');
    expect(status).not.toBe(0);
    expect(output).toMatch(/settings\.json › entry "settings" › field "offers\.ai-103\.url": must be an https:\/\/ URL/);
  });
});
