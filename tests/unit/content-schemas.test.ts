import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent, checkFile, checkGuideComponents, formatProblem, readData } from '../../src/schemas/check';
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
    ['settings/http-checkout.json', 'settings', 'offers.ai-103.url', /must be an https:\/\/ URL/],
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

  it('names a guide component the build does not know, with its line, and leaves code examples alone', () => {
    const text = [
      '---',
      'title: x',
      '---',
      'Intro.',
      '',
      '<SectionFacts section="a" />',
      '<CertificationTabel />',
      'Write `<Foo />` like this.',
      '```',
      '<Bar />',
      '```',
      'Then <ComparedWith /> and <Unknown1 x="y" />.',
    ].join('\n');
    const lines = checkGuideComponents('ai-102', 'content/guide/ai-102.mdx', text).map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/guide\/ai-102\.mdx › entry "ai-102" › field "line 7": <CertificationTabel> is not a guide component; use one of SalaryTable, /,
      ),
      expect.stringMatching(/field "line 12": <Unknown1> is not a guide component/),
    ]);
  });

  it('reports a file that is not valid YAML instead of crashing', () => {
    const { problems } = checkFile(fixture('exams/not-yaml.yaml'), collectionFiles.exams.schema);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/not-yaml\.yaml › entry "not-yaml" › file: cannot be read/);
  });
});

describe('the exam profile', () => {
  // A profile the tests break field by field, whatever its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ai103 = () => readData('content/exams/ai-103.yaml') as Record<string, any>;
  const parse = (data: unknown) => collectionFiles.exams.schema.safeParse(data);

  it('takes five domains whose weight ranges can add up to 100%', () => {
    const result = parse(ai103());
    expect(result.success).toBe(true);
    if (result.success)
      expect(result.data.domains.map((d) => [d.id, d.weight.min, d.weight.max])).toEqual([
        [1, 25, 30],
        [2, 30, 35],
        [3, 10, 15],
        [4, 10, 15],
        [5, 10, 15],
      ]);
  });

  it('rejects five domains whose weights cannot reach 100%', () => {
    const data = ai103();
    data.domains[1].weight = { min: 10, max: 15 };
    const result = parse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain('weight ranges cannot add up to 100% (minimums sum to 65, maximums to 90)');
  });

  it('publishes "not confirmed" facts without a value, and refuses a guessed one', () => {
    const ok = parse(ai103());
    expect(ok.success && ok.data.price.certainty).toBe('not-confirmed');
    expect(ok.success && ok.data.price.amount).toBeUndefined();
    const guessed = ai103();
    guessed.price.amount = 165;
    const result = parse(guessed);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['price', 'amount'], message: 'a not-confirmed fact carries no value: leave it out' });
  });

  it('requires sources for every fact stated as official or reported', () => {
    const data = ai103();
    delete data.passingScore.sources;
    data.price = { amount: 165, currency: 'USD', certainty: 'reported' };
    const result = parse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['passingScore.sources', 'price.sources']);
  });
});
