import { compareRule18 } from '../presidency.js';

/** A small seeded generator (mulberry32) so a lot can be reproduced from its seed. */
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

/**
 * GA rule 87 [127] (spec R56): a roll-call runs in English alphabetical order starting with
 * the Member whose name the presiding officer draws by lot, wrapping round. The lot comes from
 * `seed`, so the same seed gives the same order. (This is a GA rule; the Council votes by
 * show of hands: spec R27, Q5.)
 */
export function rollCallOrder<M extends { name: string }>(members: readonly M[], seed: number): { drawn: M | undefined; order: M[] } {
  const sorted = [...members].sort((a, b) => compareRule18(a.name, b.name));
  if (sorted.length === 0) return { drawn: undefined, order: [] };
  const start = Math.floor(seededRandom(seed)() * sorted.length);
  return { drawn: sorted[start], order: [...sorted.slice(start), ...sorted.slice(0, start)] };
}
