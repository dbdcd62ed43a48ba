/*
 * One JSON file with a learner's progress on every exam (the saved attempt, the history and the
 * review cards), to move it to another browser or keep a copy. Export reads the quiz's storage keys,
 * import checks the file, merges it into what is saved and writes the result back. Pure apart from
 * the Storage-like object passed in; no DOM. It uses zod, so load it with import() when the learner
 * opens export or import, not with the quiz.
 *
 * The file:
 *   { "format": "azure-ai-exam-guide/progress", "version": 1, "exported": "2026-12-06T09:00:00.000Z",
 *     "exams": { "ai-103": { "attempt": {…} | null, "history": [{…}], "cards": { "<question id>": {…} } } } }
 * Each attempt, history entry and card must pass the same checks as the saved data (storage.ts,
 * review-card.ts). The question versions an attempt started with (`…:versions`) are not carried: after
 * an import, a resumed attempt cannot say which of its questions changed, and says nothing.
 *
 * Open pages keep their stores in memory: after apply(), the quiz island calls its stores' reloadSaved()
 * (src/quiz/stores/index.ts) so the page shows the import without a reload.
 */
import { z } from 'astro/zod';
import type { Attempt } from './attempt';
import { HISTORY_LIMIT, type HistoryEntry } from './record';
import { decodeCards, encodeCards, isReviewCard, type ReviewCard, type ReviewCards } from './review-card';
import { decodeAttempt, decodeHistory, encodeAttempt, encodeHistory, isAttempt, isHistoryEntry, type LoadProblem } from './storage';
import { reviewKey, storageKeys } from './storage-keys';

export const PROGRESS_FORMAT = 'azure-ai-exam-guide/progress';
export const PROGRESS_VERSION = 1;

/** What export and import need of localStorage; a Map-backed stand-in does for tests. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const examId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not an exam id');

// Unknown keys are dropped, not refused: a later version 1 may add an optional field.
const examProgressSchema = z.object({
  attempt: z.custom<Attempt>((x) => isAttempt(x, Infinity), 'is not a valid attempt').nullable(),
  history: z.array(z.custom<HistoryEntry>(isHistoryEntry, 'is not a valid history entry')),
  cards: z.record(z.custom<ReviewCard>(isReviewCard, 'is not a valid review card')),
});

export const progressFileSchema = z
  .object({
    format: z.literal(PROGRESS_FORMAT),
    version: z.literal(PROGRESS_VERSION),
    exported: z.string().datetime({ message: 'must be a date and time such as 2026-12-06T09:00:00.000Z' }),
    exams: z.record(examId, examProgressSchema),
  })
  .superRefine((file, ctx) => {
    for (const [exam, p] of Object.entries(file.exams)) {
      if (p.attempt && p.attempt.exam !== exam)
        ctx.addIssue({ code: 'custom', path: ['exams', exam, 'attempt'], message: `is an attempt at ${p.attempt.exam}, not ${exam}` });
      const ids = p.history.map((e) => e.id);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['exams', exam, 'history'], message: 'lists an attempt twice' });
      for (const [id, card] of Object.entries(p.cards)) {
        if (card.id !== id) ctx.addIssue({ code: 'custom', path: ['exams', exam, 'cards', id], message: `is the card of ${card.id}` });
      }
    }
  });

export type ProgressFile = z.infer<typeof progressFileSchema>;
export type ExamProgress = ProgressFile['exams'][string];

const isEmpty = (p: ExamProgress) => p.attempt === null && p.history.length === 0 && Object.keys(p.cards).length === 0;

/**
 * The progress saved in `storage` for the given exams, as a file. An exam with nothing saved is left
 * out; so is a key whose data this version cannot read (damaged, or from a newer version).
 */
export function exportProgress(storage: StorageLike, exams: readonly string[], now: number): ProgressFile {
  const out: ProgressFile = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exported: new Date(now).toISOString(), exams: {} };
  for (const exam of exams) {
    const p = readExam(storage, exam).progress;
    if (!isEmpty(p)) out.exams[exam] = p;
  }
  return out;
}

function readExam(storage: StorageLike, exam: string): { progress: ExamProgress; problems: Record<'attempt' | 'history' | 'cards', LoadProblem | null> } {
  const keys = storageKeys(exam);
  // Any exam's timing: the quiz checks a saved exam's deadline against its own when it loads it.
  const attempt = decodeAttempt(storage.getItem(keys.attempt), Infinity);
  const history = decodeHistory(storage.getItem(keys.history));
  const cards = decodeCards(storage.getItem(reviewKey(exam)));
  return {
    progress: { attempt: attempt.value?.exam === exam ? attempt.value : null, history: history.value, cards: cards.value },
    problems: { attempt: attempt.problem, history: history.problem, cards: cards.problem },
  };
}

export type ParseResult = { ok: true; file: ProgressFile } | { ok: false; problem: 'damaged' | 'foreign' | 'newer'; message: string };

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Reads a progress file's text, or says in a sentence why it cannot be used. Never throws. */
export function parseProgress(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged', message: 'This file is damaged: it is not complete JSON. Export your progress again and import the new file.' };
  }
  if (!isObject(data) || data.format !== PROGRESS_FORMAT) {
    return { ok: false, problem: 'foreign', message: `This is not a progress file from this site: it lacks "format": "${PROGRESS_FORMAT}".` };
  }
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > PROGRESS_VERSION) {
    return {
      ok: false,
      problem: 'newer',
      message: `This file comes from a newer version of the site (progress file version ${data.version}; this page reads version ${PROGRESS_VERSION}). Reload the page to get the new version, then import it again.`,
    };
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join(' › ') : 'the file';
    return { ok: false, problem: 'damaged', message: `This progress file is damaged: ${where}: ${issue.message}. Nothing was imported.` };
  }
  return { ok: true, file: parsed.data };
}

export interface ExamSummary {
  exam: string;
  /** Finished attempts in the history. */
  attempts: number;
  /** An attempt not finished yet. */
  inProgress: boolean;
  cards: number;
}

/** What a file holds, exam by exam in the file's order, to show before importing it. */
export function summary(file: ProgressFile): ExamSummary[] {
  return Object.entries(file.exams).map(([exam, p]) => ({
    exam,
    attempts: p.history.length,
    inProgress: !!p.attempt && p.attempt.phase !== 'done',
    cards: Object.keys(p.cards).length,
  }));
}

/**
 * The saved attempt after a merge. The incoming one replaces the current one when there is none, when
 * it started later, or when it is the same attempt finished elsewhere while this browser still has it
 * open. So an attempt in progress is only ever replaced by a newer one (or by its own finish).
 */
function mergeAttempt(current: Attempt | null, incoming: Attempt | null): Attempt | null {
  if (!current) return incoming;
  if (!incoming) return current;
  if (incoming.startedAt > current.startedAt) return incoming;
  if (incoming.id === current.id && current.phase !== 'done' && incoming.phase === 'done') return incoming;
  return current;
}

/**
 * The history after a merge: the union by attempt id (where both have one, the current entry), newest
 * first (finish time, then id), cut to the last HISTORY_LIMIT (20) as the quiz itself keeps it.
 */
function mergeHistory(current: readonly HistoryEntry[], incoming: readonly HistoryEntry[]): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const e of [...current, ...incoming]) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => b.finishedAt - a.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, HISTORY_LIMIT);
}

/** The cards after a merge: per question, the card reviewed later wins (a tie keeps the current one). */
function mergeCards(current: ReviewCards, incoming: ReviewCards): ReviewCards {
  const out: ReviewCards = { ...current };
  const last = (c: ReviewCard) => c.lastReview ?? -1;
  for (const [id, card] of Object.entries(incoming)) {
    const mine = out[id];
    if (!mine || last(card) > last(mine)) out[id] = card;
  }
  return out;
}

/** `current` (what this browser has) merged with `incoming` (an imported file), exam by exam. */
export function merge(current: ProgressFile, incoming: ProgressFile): ProgressFile {
  const empty: ExamProgress = { attempt: null, history: [], cards: {} };
  const exams: ProgressFile['exams'] = {};
  for (const exam of new Set([...Object.keys(current.exams), ...Object.keys(incoming.exams)])) {
    const a = current.exams[exam] ?? empty;
    const b = incoming.exams[exam] ?? empty;
    exams[exam] = { attempt: mergeAttempt(a.attempt, b.attempt), history: mergeHistory(a.history, b.history), cards: mergeCards(a.cards, b.cards) };
  }
  const exported = Date.parse(incoming.exported) > Date.parse(current.exported) ? incoming.exported : current.exported;
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exported, exams };
}

export type ApplyResult = { ok: true; written: string[]; kept: string[] } | { ok: false; message: string };

/**
 * Writes each exam of `file` to its storage keys. A key holding data from a newer version of the site
 * is kept as it is (listed in `kept`), as the quiz itself does; an empty value writes nothing. When
 * the browser refuses a write (a full quota), every key written so far is put back as it was.
 */
export function apply(storage: StorageLike, file: ProgressFile): ApplyResult {
  const writes: [string, string][] = [];
  const kept: string[] = [];
  for (const [exam, p] of Object.entries(file.exams)) {
    const keys = storageKeys(exam);
    const { problems } = readExam(storage, exam);
    const plan: [string, string | undefined, LoadProblem | null][] = [
      [keys.attempt, encodeAttempt(p.attempt), problems.attempt],
      [keys.history, p.history.length ? encodeHistory(p.history) : undefined, problems.history],
      [reviewKey(exam), Object.keys(p.cards).length ? encodeCards(p.cards) : undefined, problems.cards],
    ];
    for (const [key, value, problem] of plan) {
      if (value === undefined) continue;
      if (problem === 'newer') kept.push(key);
      else if (storage.getItem(key) !== value) writes.push([key, value]);
    }
  }
  const before = writes.map(([key]) => [key, storage.getItem(key)] as const);
  let done = 0;
  try {
    for (const [key, value] of writes) {
      storage.setItem(key, value);
      done++;
    }
  } catch {
    // Back to how it was, last write first; removing a key first frees its room for the older value.
    for (const [key, value] of before.slice(0, done).reverse()) {
      try {
        storage.removeItem(key);
        if (value !== null) storage.setItem(key, value);
      } catch {
        // The older value fitted before this import; if it no longer does, there is nothing more to try.
      }
    }
    return { ok: false, message: 'This browser refused to save the progress (its storage may be full). Nothing was changed.' };
  }
  return { ok: true, written: writes.map(([key]) => key), kept };
}

export type ImportResult = { ok: true; summary: ExamSummary[]; written: string[]; kept: string[] } | { ok: false; message: string };

/** parse → merge with what `storage` holds → apply. A file that cannot be used changes nothing. */
export function importProgress(storage: StorageLike, text: string, now: number): ImportResult {
  const parsed = parseProgress(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const current = exportProgress(storage, Object.keys(parsed.file.exams), now);
  const merged = merge(current, parsed.file);
  const applied = apply(storage, merged);
  if (!applied.ok) return applied;
  return { ok: true, summary: summary(parsed.file), written: applied.written, kept: applied.kept };
}
