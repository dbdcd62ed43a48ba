/*
 * Checks content/ file by file with the same zod schemas Astro uses, before Astro loads anything.
 * Astro stops at the first bad entry and prints a stack trace; this lists every problem as
 * "file › entry › field: message", and adds the checks that span files (the exam a file names exists).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { ZodError, ZodTypeAny } from 'astro/zod';
import { collectionFiles, type CollectionName } from './collections';
import { checkBridge } from './bridge';
import { CHANGELOG_FILE, changelogSchema } from './changelog';
import { SEARCH_FILE, searchSchema } from './search';
import { GUIDE_COMPONENTS } from '../utils/guide-components';

export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const entry = p.entry.includes(' › ') ? p.entry.replace(/^([^ ]+)/, 'entry "$1"') : `entry "${p.entry}"`;
  return `${p.file} › ${entry} › ${p.field ? `field "${p.field}"` : 'file'}: ${p.message}`;
}

export function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((s, part) => (typeof part === 'number' ? `${s}[${part}]` : s ? `${s}.${part}` : part), '');
}

/** Lists whose items a reader knows by name: a problem in one names the item, not its index. */
export const namedLists: Record<string, { noun: string; key: string }> = {
  questions: { noun: 'question', key: 'id' },
  compared: { noun: 'certification', key: 'code' },
};

/** One problem per zod issue. In a question bank the entry is the question (by id); in a comparison, the certification. */
export function zodProblems(file: string, entry: string, error: ZodError, raw?: unknown): Problem[] {
  return error.issues.map((i) => {
    const [head, index, ...rest] = i.path;
    const named = typeof head === 'string' ? namedLists[head] : undefined;
    if (named && typeof index === 'number') {
      const item = (raw as Record<string, Record<string, unknown>[] | undefined>)?.[head as string]?.[index];
      const key = item?.[named.key];
      const name = typeof key === 'string' ? `${named.noun} "${key}"` : `${named.noun} ${index + 1}`;
      return { file, entry: `${entry} › ${name}`, field: fieldPath(rest), message: i.message };
    }
    return { file, entry, field: fieldPath(i.path), message: i.message };
  });
}

/** Parses a content file the way Astro's glob loader does: JSON, YAML, or Markdown front matter. */
export function readData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const ext = extname(path);
  if (ext === '.json') return JSON.parse(text);
  if (ext === '.yaml' || ext === '.yml') return yaml.load(text);
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!front) throw new Error('has no front matter (a block between --- lines at the top)');
  return yaml.load(front[1] ?? '') ?? {};
}

/** A path as a reader wants it: relative inside the project, absolute outside. */
export function shown(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function entryId(path: string): string {
  return basename(path, extname(path));
}

/** Validates one file against a schema; a parse failure is a problem too, not a crash. */
export function checkFile(path: string, schema: ZodTypeAny, root = process.cwd()): { problems: Problem[]; data?: unknown } {
  const file = shown(root, path);
  const entry = entryId(path);
  let raw: unknown;
  try {
    raw = readData(path);
  } catch (e) {
    return { problems: [{ file, entry, field: '', message: `cannot be read: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const result = schema.safeParse(raw);
  return result.success ? { problems: [], data: result.data } : { problems: zodProblems(file, entry, result.error, raw) };
}

// Files matching "name", "*.ext" or "*/*.ext" (one folder level down, as in the FAQ: a folder per exam).
export function filesOf(dir: string, pattern: string): string[] {
  if (!existsSync(dir)) return [];
  if (!pattern.startsWith('*')) return existsSync(join(dir, pattern)) ? [join(dir, pattern)] : [];
  if (pattern.startsWith('*/')) {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((d) => filesOf(join(dir, d.name), pattern.slice(2)));
  }
  const ext = pattern.slice(1);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** An entry's id as Astro's glob loader gives it: its path in the collection's folder, without extension. */
function idIn(collectionDir: string, path: string): string {
  return relative(collectionDir, path)
    .replace(/\.[^./]+$/, '')
    .split('\\')
    .join('/');
}

/** Every problem in a content directory, including references between files. */
export function checkContent(contentDir: string, root = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  // Each collection's parsed data has its own shape; the reference checks below read fields by name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const data = {} as Record<CollectionName, Map<string, { file: string; data: any }>>;
  // Ids of files that exist, valid or not: a broken file is reported once, not again by every reference to it.
  const present = {} as Record<CollectionName, Set<string>>;
  for (const [name, { folder, pattern, schema }] of Object.entries(collectionFiles)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as `data` above
    const entries = new Map<string, { file: string; data: any }>();
    const paths = filesOf(join(contentDir, folder), pattern);
    present[name as CollectionName] = new Set(paths.map((p) => idIn(join(contentDir, folder), p)));
    for (const path of paths) {
      const result = checkFile(path, schema, root);
      problems.push(...result.problems);
      if (result.data) entries.set(idIn(join(contentDir, folder), path), { file: shown(root, path), data: result.data });
    }
    data[name as CollectionName] = entries;
  }

  const settings = data.settings.get('settings');
  if (!present.settings.has('settings')) {
    problems.push({ file: shown(root, join(contentDir, 'settings.json')), entry: 'settings', field: '', message: 'is missing' });
  }
  // Every exam has a guide and an FAQ folder, and settings say whether it has an offer (null for none).
  for (const [exam, { file }] of data.exams) {
    if (!present.guide.has(exam)) problems.push({ file, entry: exam, field: '', message: `has no guide: add content/guide/${exam}.mdx` });
    if (![...present.faq].some((id) => id.startsWith(`${exam}/`))) {
      problems.push({ file, entry: exam, field: '', message: `has no FAQ: add content/faq/${exam}/<anchor>.md` });
    }
    if (settings && !(exam in settings.data.offers)) {
      problems.push({ file: settings.file, entry: 'settings', field: `offers.${exam}`, message: 'is missing: give the offer, or null for none' });
    }
  }
  if (settings) {
    const legacy = settings.data.legacyExam as string | undefined;
    if (legacy && !present.exams.has(legacy)) {
      problems.push({ file: settings.file, entry: 'settings', field: 'legacyExam', message: `"${legacy}" is not an exam in content/exams/` });
    }
    for (const exam of Object.keys(settings.data.offers)) {
      if (!present.exams.has(exam)) {
        problems.push({ file: settings.file, entry: 'settings', field: `offers.${exam}`, message: `"${exam}" is not an exam in content/exams/` });
      }
    }
  }
  if (present.salaries.size === 0 || present.certifications.size === 0) {
    problems.push({
      file: shown(root, contentDir),
      entry: 'content',
      field: '',
      message: 'needs one file in content/salaries/ and one in content/certifications/ (the shared pages)',
    });
  }
  for (const [id, { file }] of data.faq) {
    const exam = id.split('/')[0]!;
    if (!present.exams.has(exam))
      problems.push({ file, entry: id, field: '', message: `lives in content/faq/${exam}/, but "${exam}" is not an exam in content/exams/` });
  }
  for (const [id, { file, data: bank }] of data.quiz) {
    const exam = data.exams.get(bank.exam);
    if (!exam) continue;
    const domains = new Set(exam.data.domains.map((d: { id: number }) => d.id));
    const successorCode = exam.data.status.successor?.code;
    const successor = [...data.exams.values()].find((e) => e.data.code === successorCode);
    const later = new Set<number>(successor?.data.domains.map((d: { id: number }) => d.id) ?? []);
    bank.questions.forEach((q: { id: string; domain: number; successorDomain?: number | null }) => {
      if (!domains.has(q.domain)) {
        problems.push({
          file,
          entry: `${id} › question "${q.id}"`,
          field: 'domain',
          message: `${q.domain} is not a domain of ${exam.data.code} (${[...domains].join(', ')})`,
        });
      }
      if (q.successorDomain != null && !later.has(q.successorDomain)) {
        const what = successor
          ? `a domain of ${successor.data.code} (${[...later].join(', ')})`
          : `possible: ${exam.data.code} has no successor in content/exams/`;
        problems.push({ file, entry: `${id} › question "${q.id}"`, field: 'successorDomain', message: `${q.successorDomain} is not ${what}` });
      }
    });
  }
  const changelogPath = join(contentDir, CHANGELOG_FILE);
  if (existsSync(changelogPath)) {
    const { problems: found, data: log } = checkFile(changelogPath, changelogSchema, root);
    problems.push(...found);
    const file = shown(root, changelogPath);
    (log as { exam: string; question: string }[] | undefined)?.forEach((c, i) => {
      const bank = data.quiz.get(c.exam);
      if (!bank) problems.push({ file, entry: 'changelog', field: `[${i}].exam`, message: `"${c.exam}" has no bank in content/quiz/` });
      else if (!bank.data.questions.some((q: { id: string }) => q.id === c.question)) {
        problems.push({ file, entry: 'changelog', field: `[${i}].question`, message: `"${c.question}" is not a question in ${bank.file}` });
      }
    });
  }
  // The search dialog's synonyms, sections and popular queries: one file, required.
  const searchPath = join(contentDir, SEARCH_FILE);
  if (existsSync(searchPath)) problems.push(...checkFile(searchPath, searchSchema, root).problems);
  else
    problems.push({
      file: shown(root, searchPath),
      entry: 'search',
      field: '',
      message: 'is missing: it holds the search synonyms, sections and popular queries',
    });
  for (const name of ['salaries', 'certifications', 'guide', 'quiz'] as const) {
    for (const [id, { file, data: d }] of data[name]) {
      if (!present.exams.has(d.exam)) {
        problems.push({ file, entry: id, field: 'exam', message: `"${d.exam}" is not an exam in content/exams/` });
      }
    }
  }
  for (const [id, { file }] of data.guide) problems.push(...checkGuideComponents(id, file, readFileSync(resolve(root, file), 'utf8')));
  for (const [id, { file, data: b }] of data.bridges) {
    problems.push(...checkBridge(id, file, b, data.exams));
  }
  return problems;
}

/**
 * A guide's components: the build drops any JSX tag it does not know (rehype-sanitize-content.ts), so a
 * misspelt or retired component would leave a silent hole in the page. Each unknown one is a problem,
 * with its line. Code spans and fenced code are skipped: a tag written as an example is text.
 */
export function checkGuideComponents(id: string, file: string, text: string): Problem[] {
  const known = new Set<string>(GUIDE_COMPONENTS);
  const problems: Problem[] = [];
  let fenced = false;
  for (const [i, line] of text.split('\n').entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      if (!known.has(m[1]!))
        problems.push({ file, entry: id, field: `line ${i + 1}`, message: `<${m[1]}> is not a guide component; use one of ${GUIDE_COMPONENTS.join(', ')}` });
    }
  }
  return problems;
}
