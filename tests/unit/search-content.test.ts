import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/schemas/check';

/** The content check over content/ with content/search.yaml replaced by a fixture (or removed). */
function problemsWith(fixture: string | null): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'search-content-'));
  try {
    cpSync('content', dir, { recursive: true });
    if (fixture) cpSync(join('tests/fixtures/content/search', fixture), join(dir, 'search.yaml'));
    else rmSync(join(dir, 'search.yaml'));
    return checkContent(dir, dir).map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content/search.yaml', () => {
  it('names the file, the entry and the field of a bad synonym', () => {
    expect(problemsWith('bad-synonym.yaml')).toEqual([
      'search.yaml › entry "search" › field "synonyms[1][1]": must be words (letters and digits) separated by single spaces or hyphens',
    ]);
  });

  it('refuses a section no page carries', () => {
    expect(problemsWith('unknown-section.yaml')).toEqual([
      'search.yaml › entry "search" › field "sections[1]": must be one of Guide, Salaries, Certifications, FAQ, Quiz',
    ]);
  });

  it('is required', () => {
    expect(problemsWith(null)).toEqual(['search.yaml › entry "search" › file: is missing: it holds the search synonyms, sections and popular queries']);
  });
});
