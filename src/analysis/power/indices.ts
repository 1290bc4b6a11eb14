import type { WeightedGame } from './game.js';
import { crtReconstructor, residuePrimes, primesForBits } from './modular.js';
import { rational, rationalToNumber, formatRational, type Rational } from './rational.js';

/** One player's exact power, with floats for display. */
export interface PlayerPower {
  id: string;
  weight: number;
  /** Shapley–Shubik index: share of orderings in which the player is pivotal. */
  shapleyShubik: Rational;
  /** Banzhaf absolute: swings / 2^(n-1), the chance of being decisive when others vote at random. */
  banzhafAbsolute: Rational;
  /** Banzhaf normalized: swings / total swings (sums to 1). */
  banzhafNormalized: Rational;
  /** Raw swing count (coalitions of the others the player turns from losing to winning). */
  swings: bigint;
}

/**
 * For one weight class, the number of coalitions of the *other* players of each size k
 * whose weight lies in [q − w, q − 1] (so adding a player of weight w makes them win).
 *
 * Method: the generating function Π(1 + x·y^w_j) counts coalitions by size (x) and
 * weight (y), truncated at y^(q−1) because heavier coalitions can never be swung. One
 * player of weight w is divided back out by D[k][t] = C[k][t] − D[k−1][t−w]. Players of
 * equal weight have equal power, so this runs once per distinct weight. O(n²·q) per
 * prime overall (few primes, see modular.ts); no coalition or permutation is ever enumerated.
 */
function swingCountsByClass(game: WeightedGame): Map<number, bigint[]> {
  const n = game.players.length;
  const q = game.quota;
  const primes = residuePrimes(primesForBits(n));
  const P = primes.length;
  const rows = n + 1;
  const weights = game.players.map((p) => p.weight);
  const distinct = [...new Set(weights)];
  // residues[t][k*q + w]
  const residues: Float64Array[] = primes.map(() => new Float64Array(rows * q));
  const removal = new Float64Array(rows * q);
  // Row k can be non-zero only between the k lightest and the k heaviest weights.
  const ascending = [...weights].sort((a, b) => a - b);
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  for (let k = 1; k <= n; k++) {
    lo[k] = Math.min(q, lo[k - 1]! + ascending[k - 1]!);
    hi[k] = Math.min(q - 1, hi[k - 1]! + ascending[n - k]!);
  }
  const prefix = new Float64Array(rows);
  for (let j = 0; j < n; j++) prefix[j + 1] = prefix[j]! + ascending[j]!;
  const bySize: Map<number, Float64Array[]> = new Map(distinct.map((w) => [w, primes.map(() => new Float64Array(n))]));

  for (let t = 0; t < P; t++) {
    const p = primes[t]!;
    const c = residues[t]!;
    c[0] = 1;
    // Lightest first: while only light players are in, every row stays narrow.
    for (let j = 0; j < n; j++) {
      const w = ascending[j]!;
      if (w >= q) continue;
      for (let k = j; k >= 0; k--) {
        const from = k * q;
        const to = (k + 1) * q + w;
        // The k heaviest of the first j players weigh prefix[j] − prefix[j − k].
        const top = Math.min(q - 1 - w, hi[k]!, prefix[j]! - prefix[j - k]!);
        const bottom = lo[k]!;
        for (let s = bottom; s <= top; s++) {
          const sum = c[to + s]! + c[from + s]!;
          c[to + s] = sum >= p ? sum - p : sum;
        }
      }
    }
    for (const w of distinct) {
      const out = bySize.get(w)![t]!;
      if (w === 0) continue; // a weight-0 player is never decisive
      // D = C with one player of weight w removed (rows 0..n-1 suffice). Row k of D lies
      // within [lo[k], hi[k]] too; reads outside the previous row's band are zeros.
      for (let k = 0; k < n; k++) {
        const base = k * q;
        const from = lo[k]!;
        const to = hi[k]!;
        if (k === 0) {
          removal[0] = c[0]!;
        } else {
          const prevFrom = lo[k - 1]! + w;
          const prevTo = hi[k - 1]! + w;
          const back = base - q - w;
          for (let s = from; s <= to; s++) {
            if (s < prevFrom || s > prevTo) {
              removal[base + s] = c[base + s]!;
            } else {
              const v = c[base + s]! - removal[back + s]!;
              removal[base + s] = v < 0 ? v + p : v;
            }
          }
        }
        let swings = 0;
        for (let s = Math.max(q - w, from); s <= to; s++) {
          swings += removal[base + s]!;
          if (swings >= p) swings -= p;
        }
        out[k] = swings;
      }
    }
  }

  const rebuild = crtReconstructor(primes);
  const result = new Map<number, bigint[]>();
  const buffer = new Float64Array(P);
  for (const w of distinct) {
    const perPrime = bySize.get(w)!;
    const counts: bigint[] = [];
    for (let k = 0; k < n; k++) {
      for (let t = 0; t < P; t++) buffer[t] = perPrime[t]![k]!;
      counts.push(rebuild(buffer));
    }
    result.set(w, counts);
  }
  return result;
}

/**
 * Exact Shapley–Shubik and Banzhaf indices of a weighted game (Shapley & Shubik 1954;
 * Banzhaf 1965). SS_i = Σ_k s_i(k)·k!(n−k−1)!/n! where s_i(k) counts size-k swing
 * coalitions; Banzhaf uses Σ_k s_i(k). The game must be valid (see parseWeightedGame).
 */
export function powerIndices(game: WeightedGame): PlayerPower[] {
  const n = game.players.length;
  const swingsByWeight = swingCountsByClass(game);
  const fact: bigint[] = [1n];
  for (let i = 1; i <= n; i++) fact.push(fact[i - 1]! * BigInt(i));
  const nFact = fact[n]!;
  const perWeight = new Map<number, { ss: Rational; swings: bigint }>();
  for (const [w, counts] of swingsByWeight) {
    let ssNum = 0n;
    let swings = 0n;
    counts.forEach((s, k) => {
      ssNum += s * fact[k]! * fact[n - k - 1]!;
      swings += s;
    });
    perWeight.set(w, { ss: rational(ssNum, nFact), swings });
  }
  const totalSwings = game.players.reduce((acc, p) => acc + perWeight.get(p.weight)!.swings, 0n);
  const half = 1n << BigInt(n - 1);
  return game.players.map((p) => {
    const { ss, swings } = perWeight.get(p.weight)!;
    return {
      id: p.id,
      weight: p.weight,
      shapleyShubik: ss,
      banzhafAbsolute: rational(swings, half),
      banzhafNormalized: totalSwings === 0n ? rational(0n, 1n) : rational(swings, totalSwings),
      swings,
    };
  });
}

/** A JSON-friendly view of one player's power: exact fractions as strings plus floats. */
export function powerToJson(p: PlayerPower): Record<string, unknown> {
  return {
    id: p.id,
    weight: p.weight,
    shapleyShubik: { exact: formatRational(p.shapleyShubik), value: rationalToNumber(p.shapleyShubik) },
    banzhafNormalized: { exact: formatRational(p.banzhafNormalized), value: rationalToNumber(p.banzhafNormalized) },
    banzhafAbsolute: { exact: formatRational(p.banzhafAbsolute), value: rationalToNumber(p.banzhafAbsolute) },
    swings: p.swings.toString(),
  };
}


