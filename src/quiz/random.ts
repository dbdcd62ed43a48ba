/** mulberry32: a tiny seeded generator, so an attempt's order can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Shuffles the items that are not pinned; pinned ones keep their index. */
export function shuffleWithPins<T extends { pinned?: boolean }>(items: readonly T[], random: () => number): T[] {
  const moving = shuffle(
    items.filter((i) => !i.pinned),
    random,
  );
  return items.map((item) => (item.pinned ? item : moving.shift()!));
}

export function newSeed(): number {
  return (Math.random() * 2 ** 32) >>> 0;
}
