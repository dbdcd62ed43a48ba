/*
 * What to ask the index for a query a person typed, so that no query is a dead end:
 * - stop words ("what", "the", "how many", "is", "a", "do", "i") are left out, so they never block a result;
 * - a word the index lacks is replaced by its closest index word (a typo), or else left out;
 * - a word with synonyms (content/search.yaml) is also searched as each of them; what the words as typed
 *   find comes first, then what one synonym finds, then two;
 * - when no section holds every word, the best-matching subsets of the words are searched instead
 *   (see subsets()), and sections rank by how many of the query's words they hold.
 * Pure functions: the dialog (search-ui.ts) runs the searches.
 */
import { closestWord } from './search-typos';

/**
 * A Pagefind query: its words; its tier (0 for the words as typed, else how many single words it swapped
 * for a synonym); and a factor on its scores within the tier (below 1 once a phrase was swapped).
 */
export interface Variant {
  terms: string[];
  tier: number;
  factor: number;
}

/**
 * A swap that involves a phrase ("money back" → "refund") stays in its tier, for this share of the score:
 * the index cannot tell a phrase from its words scattered over a section, so the words as typed are no
 * surer a sign than the synonym.
 */
export const PHRASE_FACTOR = 0.6;

export interface Plan {
  /** The query as typed, then each synonym variant: searched together, best score kept per section. */
  variants: Variant[];
  /** The words searched for the query as typed, when they differ from what was typed (a typo fixed, a word dropped; empty when none is left). */
  changed: string | null;
}

/** Variants searched at most (the query, then its synonym variants, fewest swaps first). */
const MAX_VARIANTS = 8;

// Words that say nothing about a query's subject. Pagefind wants every word of a query on a page, so
// "how does AI-103 differ from AI-102" would otherwise miss the section "How it differs from AI-102".
export const STOP_WORDS = new Set(
  (
    'a an the is are was were be been am do does did done i im ive me my mine we us our you your it its they them their ' +
    'to of for in on at by and or but if so as than then into onto out up with from about over ' +
    'how what whats which when where who whom whose why can could should would will shall may might must ' +
    'need much many there this that these those here get got any some just really very also still ever ' +
    'please tell know want have has had having not no yes one'
  ).split(' '),
);

/** A word as Pagefind matches it: lowercase, punctuation dropped but for + # and inner hyphens. */
export const norm = (w: string) =>
  w
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#-]+/gu, '')
    .replace(/^-+|-+$/g, '');

/** The query's words, in order ("CI/CD" is two words). */
export const tokens = (term: string) =>
  term
    .split(/[\s/]+/)
    .map(norm)
    .filter(Boolean);

/** The query's words without the stop words, unless that leaves nothing. */
export function meaningful(words: string[]): string[] {
  const all = [...new Set(words)];
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : all;
}

/** The vocabulary's word pattern (src/integrations/pagefind.ts): a word outside it (a number) cannot be judged, and is kept. */
const judgeable = (w: string) => /^[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]$/u.test(w);

/** A word without its ending, roughly as a stemmer would cut it ("tuning", "tune" → "tun"): for telling known words only. */
export const stem = (w: string) => (w.length >= 4 ? w.replace(/(ings?|ions?|ers?|ed|es|ies|ly|s|e|y)$/, '') : w);

const stems = new WeakMap<Set<string>, Set<string>>();

/** Whether the index holds the word: as is, as the start of an index word, or as another form of one ("wages", "tuning"). */
export function known(word: string, vocabulary: Set<string>): boolean {
  if (!judgeable(word) || vocabulary.has(word)) return true;
  for (const v of vocabulary) if (v.startsWith(word)) return true;
  if (!stems.has(vocabulary)) stems.set(vocabulary, new Set([...vocabulary].filter((v) => v.length >= 4).map(stem)));
  return word.length >= 4 && stems.get(vocabulary)!.has(stem(word));
}

/** Where each member (a word or phrase) of each group occurs in the words, first occurrence only. */
function synonymMatches(words: string[], groups: string[][]) {
  const found: { at: number; length: number; others: string[][] }[] = [];
  const taken = new Set<number>();
  for (const group of groups) {
    const members = group.map(tokens);
    // Longest member first: "replaced by" before "replaced".
    for (const m of [...members].sort((a, b) => b.length - a.length)) {
      const at = words.findIndex((_, i) => m.every((w, j) => words[i + j] === w) && m.every((_, j) => !taken.has(i + j)));
      if (at < 0) continue;
      m.forEach((_, j) => taken.add(at + j));
      found.push({ at, length: m.length, others: members.filter((o) => o !== m) });
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The searches for a query: `vocabulary` is the index's words (for typos and unknown words), `synonyms`
 * the groups of content/search.yaml, lowercase.
 */
export function plan(term: string, vocabulary: string[], synonyms: string[][]): Plan {
  const vocab = new Set(vocabulary);
  const members = new Set(synonyms.flat().flatMap(tokens));
  const typed = tokens(term);
  // Each word the index lacks: its closest index word, or nothing. Stop words and synonyms stay as typed.
  const fixed = typed.flatMap((w) => {
    if (STOP_WORDS.has(w) || members.has(w) || known(w, vocab)) return [w];
    const close = closestWord(w, vocabulary);
    return close ? [close] : [];
  });
  const variants: Variant[] = [{ terms: meaningful(fixed), tier: 0, factor: 1 }];
  // Every combination of swaps, fewest first: "work from home pay" → "remote pay", "work from home salary", "remote salary"…
  const matches = synonymMatches(fixed, synonyms);
  let partial: { words: (string | string[])[]; swaps: number; tier: number; factor: number }[] = [{ words: fixed.map((w) => w), swaps: 0, tier: 0, factor: 1 }];
  for (const m of matches) {
    partial = partial.flatMap((p) => [
      p,
      ...m.others.map((o) => {
        const words = [...p.words];
        words.splice(m.at, m.length, o, ...Array<string[]>(m.length - 1).fill([]));
        const phrase = m.length > 1 || o.length > 1;
        return { words, swaps: p.swaps + 1, tier: p.tier + (phrase ? 0 : 1), factor: p.factor * (phrase ? PHRASE_FACTOR : 1) };
      }),
    ]);
  }
  for (const p of partial.filter((p) => p.swaps > 0).sort((a, b) => a.swaps - b.swaps)) {
    const terms = meaningful(p.words.flat().filter((w) => members.has(w) || !judgeable(w) || known(w, vocab)));
    if (terms.length && !variants.some((v) => v.terms.join(' ') === terms.join(' '))) {
      variants.push({ terms, tier: p.tier, factor: p.factor });
    }
  }
  const asTyped = meaningful(typed).join(' ');
  const first = variants[0]!.terms.join(' ');
  return {
    variants: variants.filter((v) => v.terms.length).slice(0, MAX_VARIANTS),
    changed: first !== asTyped ? first : null,
  };
}

/** Searches per size of subset at most: with many words, the first subsets (the words typed first) are tried. */
const MAX_SUBSETS = 12;

/**
 * When no section holds every word: the subsets of the words to search, largest first, each size a
 * group ("exam duration ai-102" → [["exam duration", "exam ai-102", "duration ai-102"], ["exam"], …]).
 * The first group that finds anything wins.
 */
export function subsets(terms: string[]): string[][][] {
  const levels: string[][][] = [];
  for (let k = terms.length - 1; k >= 1; k--) {
    const level: string[][] = [];
    const pick = (start: number, chosen: string[]) => {
      if (level.length >= MAX_SUBSETS) return;
      if (chosen.length === k) return void level.push(chosen);
      for (let i = start; i < terms.length; i++) pick(i + 1, [...chosen, terms[i]!]);
    };
    pick(0, []);
    levels.push(level);
  }
  return levels;
}
