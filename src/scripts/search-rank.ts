/*
 * Orders search results by section, not by page. Pagefind scores pages; inside a page it reports each
 * section (sub-result) with the weighted positions of the words it matched. A section's score here is,
 * for each query word, the best weight it has in that section (a word in a heading or FAQ question
 * outweighs one in a paragraph) times how rare the word is among the sections found, and sections that
 * lack a query word are pushed down, so the FAQ answer that holds every word comes before passing mentions.
 * Short sections gain over long ones, a page's introduction (and its title) counts for less than its
 * sections, and practice questions follow the prose that explains their topic.
 */
import { RECORDS_SECTION } from '../utils/question-records';
import { meaningful, norm, stem, STOP_WORDS, tokens } from './search-query';

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
  /** The heading the section starts at; absent for the text before the first heading. */
  anchor?: { location: number };
}
export interface PageData {
  url: string;
  excerpt: string;
  /** The page's text: a location is the index of a word in it, split on whitespace. */
  content: string;
  word_count?: number;
  anchors?: { element: string; location: number }[];
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}

export interface Ranked {
  page: PageData;
  sub: SubResult;
  score: number;
  /** How many of the query's words the section holds. */
  held: number;
}

/** Sections per page at most, so one long page does not crowd out the rest. */
export const PER_PAGE = 5;
const QUESTION_FACTOR = 0.6;
const MIN_LENGTH = 20;
const OTHER_FORM = 0.5;
const REPEAT_SHARE = 0.5;
const INTRO_FACTOR = 0.25;
const LENGTH_EXPONENT = 0.3;
/** A section on an exam's own page holds that exam's code, for this share of its best word, whether it spells it or not. */
const EXAM_SCOPE = 0.5;
/** At most this much more for a heading that reads like the query, stop words included ("who is AI-103 for" → "Who it suits"). */
const HEADING_BONUS = 0.5;
/** A stop word shared with a heading counts for this much of another word. */
const HEADING_STOP_WORD = 0.5;

/** The query's words, as Pagefind matches them (lowercase, punctuation dropped), stop words left out unless that leaves nothing. */
export const queryTerms = (term: string): string[] => meaningful(tokens(term));

/** What to hand Pagefind for a query typed by a person. */
export const pagefindQuery = (term: string) => queryTerms(term).join(' ');

/** A plural read as its singular ("salaries" → "salary"), so both count as the word typed. */
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/** Which query word a matched word is: Pagefind matches stems and prefixes, so compare by shared start. */
function termOf(word: string, terms: string[]): number {
  const w = norm(word);
  if (!w) return -1;
  let best = -1;
  let bestLen = 0;
  terms.forEach((t, i) => {
    const n = Math.min(t.length, w.length);
    const shared = w.startsWith(t) || t.startsWith(w) || (n >= 4 && w.slice(0, Math.max(3, n - 2)) === t.slice(0, Math.max(3, n - 2)));
    if (shared && t.length > bestLen) {
      best = i;
      bestLen = t.length;
    }
  });
  return best;
}

/** Per query word, how strongly the section holds it (0 when absent), from Pagefind's balanced scores. */
function termScores(sub: SubResult, words: string[], terms: string[], titleWords: number): number[] {
  const best = terms.map(() => 0);
  const repeats = terms.map(() => 0);
  for (const l of sub.weighted_locations ?? []) {
    // The page's title opens its text; it names the page's topics rather than answering any of them.
    if (!sub.anchor && l.location < titleWords) continue;
    // Locations follow Pagefind's own word split; a neighbour catches a word it split differently.
    const word = [0, 1, -1, 2, -2].map((d) => words[l.location + d] ?? '').find((w) => termOf(w, terms) >= 0);
    if (word === undefined) continue;
    const i = termOf(word, terms);
    // The word as typed (or its plural) outranks another form of it ("printed" over "prints").
    const exact = singular(norm(word)) === singular(terms[i]!) ? 1 : OTHER_FORM;
    const score = Math.sqrt(l.balanced_score * exact);
    // The best place a word appears counts in full, each further place for half: an intro that names
    // the subject and then speaks of it beats a title that only lists it.
    repeats[i] = repeats[i]! + Math.min(score, best[i]!);
    best[i] = Math.max(best[i]!, score);
  }
  return best.map((b, i) => b + REPEAT_SHARE * repeats[i]!);
}

/** How many words the section holds: from its heading to the next one (or the page's end). */
function sectionLength(page: PageData, sub: SubResult): number {
  const start = sub.anchor?.location ?? 0;
  const next = (page.anchors ?? []).filter((a) => /^h\d$/i.test(a.element) && a.location > start).map((a) => a.location);
  return Math.max(MIN_LENGTH, (next.length ? Math.min(...next) : (page.word_count ?? page.content.split(/\s+/).length)) - start);
}

/** Share of the query's words (stop words counting less) that its heading holds, in some form. */
function headingMatch(title: string, typed: string[]): number {
  if (!typed.length) return 0;
  const heading = new Set(tokens(title).map(stem));
  const weight = (w: string) => (STOP_WORDS.has(w) ? HEADING_STOP_WORD : 1);
  const total = typed.reduce((sum, w) => sum + weight(w), 0);
  return typed.reduce((sum, w) => sum + (heading.has(stem(w)) ? weight(w) : 0), 0) / total;
}

/**
 * Sections of the pages, best first, at most `perPage` per page; `terms` are the words searched
 * (queryTerms), `typed` every word of the query as typed, stop words included (tokens).
 */
export function rank(pages: PageData[], terms: string[], perPage = PER_PAGE, typed: string[] = terms): Ranked[] {
  const typedWords = [...new Set(typed)];
  const candidates = pages.flatMap((page) => {
    const words = page.content.split(/\s+/);
    // (A page without sections, such as a practice question's record, is all title and answer.)
    const sectioned = (page.anchors ?? []).some((a) => /^h\d$/i.test(a.element));
    const titleWords = sectioned && page.meta.title && page.content.startsWith(page.meta.title) ? page.meta.title.split(/\s+/).length : 0;
    // The page of one exam is about it: its sections hold the exam's code ("ai-103 passing score").
    const exams = page.filters.exam ?? [];
    const own = exams.length === 1 ? exams[0]!.toLowerCase() : null;
    return (page.sub_results ?? [])
      .map((sub) => {
        const per = termScores(sub, words, terms, titleWords);
        const top = Math.max(...per);
        if (own && top > 0) terms.forEach((t, i) => (per[i] = t === own ? Math.max(per[i]!, EXAM_SCOPE * top) : per[i]!));
        return { page, sub, sectioned, per, length: sectionLength(page, sub) };
      })
      .filter((c) => c.per.some((s) => s > 0));
  });
  const average = candidates.reduce((sum, c) => sum + c.length, 0) / (candidates.length || 1);
  // Rarer words count for more: a section with "cost" says more about "exam cost" than one with "exam".
  const idf = terms.map((_, i) => Math.log(1 + candidates.length / (1 + candidates.filter((c) => c.per[i]! > 0).length)));
  const scored = candidates.map(({ page, sub, sectioned, per, length }) => {
    const weight = idf.reduce((a, b) => a + b, 0);
    const coverage = weight ? per.reduce((sum, s, i) => sum + (s > 0 ? idf[i]! : 0), 0) / weight : 1;
    const raw = per.reduce((sum, s, i) => sum + s * idf[i]!, 0);
    // A practice question (or the quiz) matches on its topic; prose that explains the topic comes first.
    const kind = page.filters.section?.includes(RECORDS_SECTION) ? QUESTION_FACTOR : 1;
    // A word in a short section says more about it than the same word in a long one.
    const focus = Math.pow(average / length, LENGTH_EXPONENT);
    // The text above a page's first heading is its introduction: a section that answers comes first.
    const intro = sub.anchor || !sectioned ? 1 : INTRO_FACTOR;
    const heading = 1 + HEADING_BONUS * headingMatch(sub.title, typedWords);
    return { page, sub, score: raw * coverage * coverage * kind * focus * intro * heading, held: per.filter((s) => s > 0).length };
  });
  scored.sort((a, b) => b.score - a.score);
  return perPageAtMost(scored, perPage);
}

/** The list without a page's sections past its first `perPage`. */
export function perPageAtMost(list: Ranked[], perPage = PER_PAGE): Ranked[] {
  const taken = new Map<string, number>();
  return list.filter((r) => {
    const n = taken.get(r.page.url) ?? 0;
    taken.set(r.page.url, n + 1);
    return n < perPage;
  });
}

/**
 * Rankings of several searches of one query (the query, then its synonym variants) as one list. A
 * section found by the words as typed comes before any found only through a synonym (`tier` 0 for the
 * words typed; scores times `factor`); a section found by several keeps its best place. With `byHeld`
 * (a search for parts of the words), sections holding more of the query's words come first.
 */
export function combine(lists: { ranked: Ranked[]; tier: number; factor: number }[], byHeld = false): Ranked[] {
  const best = new Map<string, Ranked & { tier: number }>();
  const order = (a: Ranked & { tier: number }, b: Ranked & { tier: number }) => (byHeld ? b.held - a.held : 0) || a.tier - b.tier || b.score - a.score;
  for (const { ranked, tier, factor } of lists) {
    for (const r of ranked) {
      const had = best.get(r.sub.url);
      const mine = { ...r, score: r.score * factor, tier };
      if (!had || order(mine, had) < 0) best.set(r.sub.url, mine);
    }
  }
  return [...best.values()].sort(order);
}

/**
 * One page as found by several searches of parts of a query: each section's matched words from all of
 * them, so ranking it against the whole query sees every word it holds.
 */
export function mergePages(pages: PageData[]): PageData[] {
  const byUrl = new Map<string, PageData>();
  for (const page of pages) {
    const had = byUrl.get(page.url);
    if (!had) {
      byUrl.set(page.url, { ...page, sub_results: page.sub_results?.map((s) => ({ ...s, weighted_locations: [...(s.weighted_locations ?? [])] })) });
      continue;
    }
    for (const sub of page.sub_results ?? []) {
      const same = had.sub_results?.find((s) => s.url === sub.url);
      if (!same) (had.sub_results ??= []).push({ ...sub, weighted_locations: [...(sub.weighted_locations ?? [])] });
      else {
        const at = new Set(same.weighted_locations!.map((l) => l.location));
        same.weighted_locations!.push(...(sub.weighted_locations ?? []).filter((l) => !at.has(l.location)));
      }
    }
  }
  return [...byUrl.values()];
}
