/*
 * The question bank's one schema. The build validates content/quiz/*.json with it; the island
 * imports only its types (erased at compile time), so zod never ships to the browser.
 */
import { z } from 'astro/zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'must be lowercase letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');

const learnUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://learn.microsoft.com/'), 'must be an https://learn.microsoft.com/ page');
const date = z.string().date('must be a date written YYYY-MM-DD');
/** A sentence or two copied word for word from a Learn page: plain text, never Markdown. */
const quote = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

const reference = z.object({
  title: text,
  url: learnUrl,
});

/** One quoted Learn sentence that settles part of a question. */
const evidence = z.object({
  /**
   * What the quote settles: "key" for the answer as a whole, or the id of one option, statement or
   * blank of the same question (why that distractor is wrong, or that part's answer).
   */
  for: z.string().min(1, 'must be "key" or an option, statement or blank id'),
  /** The sentence(s) as the rendered page has them, at most 300 characters. */
  quote,
  /** The page it is on (an anchor is fine). */
  url: learnUrl,
  /** The day the quote was read on the page. */
  accessed: date,
});

/** Whether the feature the question tests is generally available or in preview, and the Learn sentence that says so. */
const featureStatus = z.object(
  {
    status: z.enum(['ga', 'preview']),
    quote,
    url: learnUrl,
    accessed: date,
  },
  { required_error: 'is required: { status: "ga" or "preview", quote, url, accessed }' },
);

const option = z.object({
  id,
  text,
  feedback: text,
  /** Keeps its place when options are shuffled ("None of these" stays last). */
  pinned: z.boolean().optional(),
});

const common = {
  id,
  domain: z.number().int().min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  caseStudy: id.optional(),
  stem: text,
  explanation: text,
  references: z.array(reference).min(1, 'needs at least 1 reference').max(3, 'allows at most 3 references'),
  checked: date,
  /**
   * Learn quotes behind the key (at least one entry with for "key") and behind distractors whose
   * wrongness is not obvious. Shown to the learner after Check and on the questions page.
   */
  evidence: z.array(evidence, { required_error: 'needs at least one entry with for "key"' }),
  /** GA or preview, with its Learn quote; a preview question carries a "Preview feature" tag. */
  featureStatus,
  /**
   * When the key depends on a date (a retirement, a model's availability, a behaviour change): the
   * day to check it again. `npm run freshness` lists it from that day on.
   */
  recheckBy: date.optional(),
  /**
   * For a retired exam's question: the domain of the successor exam it still exercises, or null when
   * the successor no longer covers it. Left out while nobody has judged it yet.
   */
  successorDomain: z.number().int().min(1).nullable().optional(),
};

const options = z.array(option).min(2, 'needs at least 2 options').max(9, 'allows at most 9 options');

export const singleSchema = z.object({ ...common, type: z.literal('single'), options, answer: id });
export const multiSchema = z.object({
  ...common,
  type: z.literal('multi'),
  choose: z.number().int().min(2),
  options,
  answer: z.array(id),
});
export const orderSchema = z.object({ ...common, type: z.literal('order'), options, answer: z.array(id) });
export const yesNoSchema = z.object({
  ...common,
  type: z.literal('yesno'),
  statements: z
    .array(z.object({ id, text, answer: z.boolean({ required_error: 'every statement needs answer: true or false' }), feedback: text }))
    .min(2, 'needs at least 2 statements'),
});
export const dropdownSchema = z.object({
  ...common,
  type: z.literal('dropdown'),
  language: z.enum(['python', 'csharp', 'json', 'http']),
  code: text,
  blanks: z.array(z.object({ id, choices: z.array(text).min(2, 'needs at least 2 choices'), answer: text, feedback: text })).min(1, 'needs at least 1 blank'),
});

export const questionSchema = z
  .discriminatedUnion('type', [singleSchema, multiSchema, orderSchema, yesNoSchema, dropdownSchema], {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator' ? { message: 'must be one of: single, multi, order, yesno, dropdown' } : { message: ctx.defaultError },
  })
  .superRefine((q, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

    const parts = q.type === 'yesno' ? q.statements : q.type === 'dropdown' ? q.blanks : q.options;
    const partIds = parts.map((p) => p.id);
    if (!q.evidence.some((e) => e.for === 'key')) fail(['evidence'], 'needs at least one entry with for "key"');
    q.evidence.forEach((e, i) => {
      if (e.for !== 'key' && !partIds.includes(e.for)) {
        const noun = q.type === 'yesno' ? 'statement' : q.type === 'dropdown' ? 'blank' : 'option';
        fail(['evidence', i, 'for'], `"${e.for}" is neither "key" nor the id of one of this question's ${noun}s (${partIds.join(', ')})`);
      }
    });

    if (q.type === 'single' || q.type === 'multi' || q.type === 'order') {
      const ids = q.options.map((o) => o.id);
      for (const d of new Set(duplicates(ids))) fail(['options'], `option id "${d}" is used twice`);
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      for (const d of new Set(duplicates(texts))) fail(['options'], `two options have the same text "${d}"`);
      const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
      for (const a of answers) if (!ids.includes(a)) fail(['answer'], `"${a}" is not an option id (${ids.join(', ')})`);
      if (q.type === 'multi') {
        if (duplicates(q.answer).length) fail(['answer'], 'lists the same option twice');
        if (q.answer.length !== q.choose) fail(['answer'], `has ${q.answer.length} correct options but the question says choose ${q.choose}`);
        if (q.choose >= q.options.length) fail(['choose'], `must be less than the number of options (${q.options.length})`);
      }
      if (q.type === 'order') {
        if (duplicates(q.answer).length) fail(['answer'], 'lists the same item twice');
        if (q.answer.length !== ids.length) fail(['answer'], `must order all ${ids.length} items, not ${q.answer.length}`);
        if (q.answer.every((a, i) => a === ids[i])) fail(['options'], 'are already in the correct order; list them scrambled');
        if (q.options.some((o) => o.pinned)) fail(['options'], 'cannot pin an item of an ordering question');
      }
    }
    if (q.type === 'yesno') {
      for (const d of new Set(duplicates(q.statements.map((s) => s.id)))) fail(['statements'], `statement id "${d}" is used twice`);
      for (const d of new Set(duplicates(q.statements.map((s) => s.text.trim().toLowerCase()))))
        fail(['statements'], `two statements have the same text "${d}"`);
    }
    if (q.type === 'dropdown') {
      const placeholders = [...q.code.matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]!);
      q.blanks.forEach((b, i) => {
        if (!b.choices.includes(b.answer)) fail(['blanks', i, 'answer'], `"${b.answer}" is not one of its choices`);
        for (const d of new Set(duplicates(b.choices))) fail(['blanks', i, 'choices'], `"${d}" is listed twice`);
        if (!placeholders.includes(b.id)) fail(['blanks', i, 'id'], `the code has no {{${b.id}}} placeholder`);
      });
      for (const p of placeholders) if (!q.blanks.some((b) => b.id === p)) fail(['code'], `{{${p}}} has no blank with that id`);
    }
  });

export const caseStudySchema = z.object({ id, title: text, scenario: text });

export const bankSchema = z
  .object({
    exam: z.string(),
    caseStudies: z.array(caseStudySchema).default([]),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Map<string, number>();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', i, 'id'], message: `"${q.id}" is already used by question ${seen.get(q.id)! + 1}` });
      } else seen.set(q.id, i);
      if (q.caseStudy && !bank.caseStudies.some((c) => c.id === q.caseStudy)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', i, 'caseStudy'], message: `"${q.caseStudy}" is not in caseStudies` });
      }
    });
  });

export type Bank = z.infer<typeof bankSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type CaseStudy = z.infer<typeof caseStudySchema>;
export type Option = z.infer<typeof option>;
export type Evidence = z.infer<typeof evidence>;
export type FeatureStatus = z.infer<typeof featureStatus>;
