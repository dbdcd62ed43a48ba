import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent, checkFile, formatProblem } from '../../src/schemas/check';
import { collectionFiles } from '../../src/schemas/collections';

const fixture = (p: string) => join('tests/fixtures/content', p);

describe('the real content', () => {
  it('passes every schema and cross-file check', () => {
    expect(checkContent('content').map(formatProblem)).toEqual([]);
  });
});

describe('bad content is rejected with the file and the field', () => {
  const cases: [string, keyof typeof collectionFiles, string, RegExp][] = [
    ['exams/missing-title.yaml', 'exams', 'title', /Required/],
    ['exams/weight-out-of-range.yaml', 'exams', 'domains[0].weight.max', /less than or equal to 100/],
    ['exams/weight-min-above-max.yaml', 'exams', 'domains[2].weight', /min must not exceed max/],
    ['salaries/wrong-type.yaml', 'salaries', 'roles[0].min', /Expected number, received string/],
    ['settings/http-checkout.json', 'settings', 'checkout.url', /must be an https:\/\/ URL/],
    ['faq/missing-question.md', 'faq', 'question', /Required/],
    ['certifications/label-wrong-type.yaml', 'certifications', 'path.stages[0].label', /Expected string, received number/],
    ['guide/missing-published.mdx', 'guide', 'published', /Required/],
  ];

  it.each(cases)('%s → %s', (file, collection, field, message) => {
    const { problems } = checkFile(fixture(file), collectionFiles[collection].schema);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: fixture(file), field });
    expect(problem!.message).toMatch(message);
    const line = formatProblem(problem!);
    expect(line).toContain(fixture(file));
    expect(line).toContain(`field "${field}"`);
  });

  it('reports a file that is not valid YAML instead of crashing', () => {
    const { problems } = checkFile(fixture('exams/not-yaml.yaml'), collectionFiles.exams.schema);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/not-yaml\.yaml › entry "not-yaml" › file: cannot be read/);
  });
});
