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
 * player of weight w divides back out as D[k][t] = C[k][t] − D[k−1][t−w], i.e.
 * D[k][t] = Σ_m (−1)^m C[k−m][t−m·w]; summing t over the swing window [q−w, q−1] turns
 * each term into a window sum of one row of C, which row prefix sums answer in O(1).
 * Players of equal weight have equal power, so that runs once per distinct weight.
 * Cost O(n²·q) for the table plus O(n·min(n, q/w)) per distinct weight, times a few
 * primes (modular.ts); no coalition or permutation is ever enumerated.
 */
function swingCountsByClass(game: WeightedGame): Map<number, bigint[]> {
  const n = game.players.length;
  // A common factor g of the weights changes nothing: Σw ≥ q ⟺ Σ(w/g) ≥ ⌈q/g⌉. Dividing
  // it out shrinks the table (weights 10, 20, 30 behave like 1, 2, 3).
  const g = game.players.reduce((acc, p) => gcdInt(acc, p.weight), 0) || 1;
  const q = Math.ceil(game.quota / g);
  const scaled = new Map<number, number>(); // scaled weight → original weight
  const primes = residuePrimes(primesForBits(n));
  const P = primes.length;
  const rows = n + 1;
  const weights = game.players.map((p) => p.weight / g);
  for (const p of game.players) scaled.set(p.weight / g, p.weight);
  const distinct = [...new Set(weights)];
  // Cell (k, s) holds its P residues side by side: index (k·q + s)·P + t. One flat loop
  // then updates every prime at once; laneModulus[i] is the prime of position i.
  const c = new Float64Array(rows * q * P);
  const laneModulus = new Float64Array(q * P);
  for (let i = 0; i < laneModulus.length; i++) laneModulus[i] = primes[i % P]!;
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

  for (let t = 0; t < P; t++) c[t] = 1;
  // Lightest first: while only light players are in, every row stays narrow.
  for (let j = 0; j < n; j++) {
    const w = ascending[j]!;
    if (w >= q) continue;
    for (let k = j; k >= 0; k--) {
      // The k heaviest of the first j players weigh prefix[j] − prefix[j − k].
      const top = Math.min(q - 1 - w, hi[k]!, prefix[j]! - prefix[j - k]!);
      const bottom = lo[k]!;
      if (top >= bottom) addRow(c, k * q * P, ((k + 1) * q + w) * P, bottom * P, (top + 1) * P, laneModulus);
    }
  }

  // Rows become prefix sums over weight, so any window of a row is two reads.
  for (let k = 0; k <= n; k++) {
    const base = k * q * P;
    for (let i = base + P; i < base + q * P; i++) {
      const a = c[i]! + c[i - P]!;
      const p = laneModulus[i - base]!;
      c[i] = a >= p ? a - p : a;
    }
  }

  const result = new Map<number, bigint[]>();
  const rebuild = crtReconstructor(primes);
  const residues = new Float64Array(P);
  for (const w of distinct) {
    const counts: bigint[] = [];
    for (let k = 0; k < n; k++) {
      residues.fill(0);
      // s_w(k) = Σ_m (−1)^m · Σ_{t ∈ [q−(m+1)w, q−1−mw]} C[k−m][t]   (see above)
      for (let m = 0; m <= k && w > 0; m++) {
        const top = q - 1 - m * w;
        if (top < 0) break;
        const bottom = top - w; // exclusive
        const row = (k - m) * q * P;
        for (let t = 0; t < P; t++) {
          const p = primes[t]!;
          let win = c[row + top * P + t]! - (bottom >= 0 ? c[row + bottom * P + t]! : 0);
          if (win < 0) win += p;
          let v = m % 2 === 0 ? residues[t]! + win : residues[t]! - win;
          if (v >= p) v -= p;
          else if (v < 0) v += p;
          residues[t] = v;
        }
      }
      counts.push(rebuild(residues));
    }
    result.set(scaled.get(w)!, counts);
  }
  return result;
}

function gcdInt(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** target[to + i] += source[from + i] (mod the lane's prime) for i in [start, end). */
function addRow(c: Float64Array, from: number, to: number, start: number, end: number, modulus: Float64Array): void {
  for (let i = start; i < end; i++) {
    const a = c[to + i]! + c[from + i]!;
    const p = modulus[i]!;
    c[to + i] = a >= p ? a - p : a;
  }
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
