/** Scores of probabilistic forecasts: member ballots (three classes) and pass/fail outcomes. */
export type P3 = { yes: number; abstain: number; no: number };
export type Class3 = 'yes' | 'abstain' | 'no';
const CLASSES: readonly Class3[] = ['yes', 'abstain', 'no'];

export interface MemberScore {
  n: number;
  accuracy: number;
  brier: number;
  logLoss: number;
}
export interface OutcomeScore {
  n: number;
  /** Share of votes whose pass/fail was called right (P(pass) ≥ ½ calls "adopted"). */
  calls: number;
  brier: number;
  logLoss: number;
}

export const argmax3 = (p: P3): Class3 => CLASSES.reduce((a, b) => (p[b] > p[a] ? b : a));

export function scoreMembers(preds: readonly { p: P3; actual: Class3 }[], epsilon: number): MemberScore {
  let hit = 0;
  let brier = 0;
  let ll = 0;
  for (const { p, actual } of preds) {
    if (argmax3(p) === actual) hit++;
    for (const c of CLASSES) brier += (p[c] - (c === actual ? 1 : 0)) ** 2;
    ll -= Math.log((1 - epsilon) * p[actual] + epsilon / 3);
  }
  const n = preds.length;
  return { n, accuracy: n ? hit / n : NaN, brier: n ? brier / n : NaN, logLoss: n ? ll / n : NaN };
}

export function scoreOutcomes(preds: readonly { pass: number; adopted: boolean }[], epsilon: number): OutcomeScore {
  let hit = 0;
  let brier = 0;
  let ll = 0;
  for (const { pass, adopted } of preds) {
    if (pass >= 0.5 === adopted) hit++;
    brier += (pass - (adopted ? 1 : 0)) ** 2;
    const q = (1 - epsilon) * pass + epsilon / 2;
    ll -= Math.log(adopted ? q : 1 - q);
  }
  const n = preds.length;
  return { n, calls: n ? hit / n : NaN, brier: n ? brier / n : NaN, logLoss: n ? ll / n : NaN };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanPredicted: number;
  observed: number;
}

/** Calibration table: predicted probabilities binned, against how often the event happened. */
export function reliability(pairs: readonly { p: number; hit: boolean }[], bins: number): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    n: 0,
    meanPredicted: 0,
    observed: 0,
  }));
  for (const { p, hit } of pairs) {
    const b = out[Math.min(bins - 1, Math.floor(p * bins))]!;
    b.n++;
    b.meanPredicted += p;
    b.observed += hit ? 1 : 0;
  }
  for (const b of out) {
    if (b.n) {
      b.meanPredicted /= b.n;
      b.observed /= b.n;
    }
  }
  return out;
}

/** Deterministic PRNG (mulberry32) for the bootstrap. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}

/** Percentile interval of `stat` over case resamples (cases drawn with replacement). */
export function bootstrapInterval<T>(
  cases: readonly T[],
  stat: (sample: readonly T[]) => number,
  samples: number,
  seed: number,
  level: number,
): [number, number] {
  if (!cases.length) return [NaN, NaN];
  const rand = prng(seed);
  const vals: number[] = [];
  for (let s = 0; s < samples; s++) {
    const sample: T[] = [];
    for (let i = 0; i < cases.length; i++) sample.push(cases[Math.floor(rand() * cases.length)]!);
    const v = stat(sample);
    if (Number.isFinite(v)) vals.push(v);
  }
  vals.sort((a, b) => a - b);
  return [percentile(vals, (1 - level) / 2), percentile(vals, 1 - (1 - level) / 2)];
}
