/*
 * Typo tolerance for search: Pagefind matches words and their prefixes only, so "sallary" finds
 * nothing. Each query word the index lacks is replaced by the index word closest to it by edit
 * distance (Damerau–Levenshtein: a swap of neighbours counts once), the more frequent word on a tie.
 */

/** Written next to the index (pagefind/) at build: the index's words, most frequent first. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Edit distance with adjacent transpositions, stopping early once it exceeds `limit`. */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]![b.length]!;
}

/** Edits allowed for a word of this length: one for short words, two from eight letters. */
const allowed = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/** The index word closest to `raw` within the edits its length allows (the more frequent on a tie), or null. */
export function closestWord(raw: string, vocabulary: string[]): string | null {
  const limit = allowed(raw);
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const w of vocabulary) {
    const dist = distance(raw, w, limit);
    if (dist < bestDistance) {
      best = w;
      bestDistance = dist;
    }
  }
  return best;
}

/**
 * The query with unknown words replaced by their closest index word; null when a word has no close
 * match. `vocabulary` is the index's words, most frequent first.
 */
export function closestWords(term: string, vocabulary: string[]): string | null {
  const known = new Set(vocabulary);
  const out: string[] = [];
  for (const raw of term.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (known.has(raw) || vocabulary.some((w) => w.startsWith(raw))) {
      out.push(raw);
      continue;
    }
    const best = closestWord(raw, vocabulary);
    if (!best) return null;
    out.push(best);
  }
  return out.join(' ');
}
