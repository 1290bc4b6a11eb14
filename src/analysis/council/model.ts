import { REGIONAL_GROUPS } from '../states.js';
import type { MemberFeatures } from './features.js';

/**
 * The Council vote model, fitted on Council votes.
 *
 * For an undeclared member i of case c, with the case's shared swing u_c ~ N(0, σ²):
 *   lean_i  = βa·lean_i + βs·subject_i                     (GA-derived, sign flips with the sides)
 *   η_i     = θ + lean_i + u_c                              (θ: what being the mover is worth)
 *   logits  = [ η_i, αg + αP·permanent − κ·|lean_i|, −η_i ] / T   (with, abstain, against)
 * Swapping requesters and opposers maps with↔against exactly (θ is the mover's edge, not
 * a side's): the sides are treated symmetrically. The abstain class has its own intercept
 * per regional group, fitted on the Council (abstaining is as good as a no on a
 * procedural vote, and elected African members abstain most). The shared swing u_c makes
 * members' votes in one case correlated, so the pass probability is a mixture over u of
 * exact Poisson-binomials, and a close call comes out near ½ rather than near 0 or 1.
 * T is a temperature fitted on Council data held out from the coefficient fit.
 */
export const GROUPS = REGIONAL_GROUPS.length + 1; // + unknown
/** θ, βa, βs, αg × GROUPS, αP, κ, log σ */
export const PARAMS = 3 + GROUPS + 3;
const I_THETA = 0;
const I_BA = 1;
const I_BS = 2;
const I_AG = 3;
const I_AP = 3 + GROUPS;
const I_KAPPA = 4 + GROUPS;
const I_SIGMA = 5 + GROUPS;

export interface CouncilModel {
  params: Float64Array;
  temperature: number;
}

/** One fitted case: its undeclared members and, when ballots are known, their classes (0 with, 1 abstain, 2 against). */
export interface FitCase {
  id: string;
  rows: readonly MemberFeatures[];
  classes: readonly (0 | 1 | 2)[] | null;
}

/** Gauss–Hermite nodes and weights (probabilists' form: ∫ f(u) φ(u) du ≈ Σ w f(x)). */
export function gaussHermite(n: number): { x: Float64Array; w: Float64Array } {
  // Golub–Welsch on the Hermite (physicists') Jacobi matrix by the symmetric QR-free Newton iteration on H_n.
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** -0.16667;
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * x[0]!;
    else if (i === 3) z = 1.91 * z - 0.91 * x[1]!;
    else z = 2 * z - x[i - 2]!;
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = Math.PI ** -0.25;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) < 1e-14) break;
    }
    x[i] = z;
    x[n - 1 - i] = -z;
    w[i] = 2 / (pp * pp);
    w[n - 1 - i] = w[i]!;
  }
  // physicists' → probabilists': u = √2·x, weight / √π
  for (let i = 0; i < n; i++) {
    x[i] = x[i]! * Math.SQRT2;
    w[i] = w[i]! / Math.sqrt(Math.PI);
  }
  return { x, w };
}

export const sigmaOf = (p: Float64Array) => Math.exp(p[I_SIGMA]!);

/** Class probabilities [with, abstain, against] of one member given the case swing u. */
export function memberProbs(p: Float64Array, row: MemberFeatures, u: number, temperature: number, out = new Float64Array(3)): Float64Array {
  const lean = p[I_BA]! * row.lean + p[I_BS]! * row.subject;
  const eta = p[I_THETA]! + lean + u;
  const zw = eta / temperature;
  const za = (p[I_AG + row.group]! + p[I_AP]! * (row.permanent ? 1 : 0) - Math.abs(p[I_KAPPA]!) * Math.abs(lean)) / temperature;
  const zn = -eta / temperature;
  const mx = Math.max(zw, za, zn);
  const ew = Math.exp(zw - mx);
  const ea = Math.exp(za - mx);
  const en = Math.exp(zn - mx);
  const s = ew + ea + en;
  out[0] = ew / s;
  out[1] = ea / s;
  out[2] = en / s;
  return out;
}

/** Marginal class probabilities (integrated over the case swing). */
export function marginalProbs(model: CouncilModel, row: MemberFeatures, nodes = gaussHermite(15)): [number, number, number] {
  const sigma = sigmaOf(model.params);
  const acc: [number, number, number] = [0, 0, 0];
  const tmp = new Float64Array(3);
  for (let k = 0; k < nodes.x.length; k++) {
    memberProbs(model.params, row, sigma * nodes.x[k]!, model.temperature, tmp);
    for (let j = 0; j < 3; j++) acc[j]! += nodes.w[k]! * tmp[j]!;
  }
  return acc;
}

/** log ∫ Π_i p(y_i | u) φ(u) du for one case with known classes. */
function caseLogLik(p: Float64Array, c: FitCase, temperature: number, nodes: { x: Float64Array; w: Float64Array }): number {
  const sigma = Math.exp(p[I_SIGMA]!);
  const logs = new Float64Array(nodes.x.length);
  const tmp = new Float64Array(3);
  let mx = -Infinity;
  for (let k = 0; k < nodes.x.length; k++) {
    let l = Math.log(nodes.w[k]!);
    for (let i = 0; i < c.rows.length; i++)
      l += Math.log(Math.max(1e-300, memberProbs(p, c.rows[i]!, sigma * nodes.x[k]!, temperature, tmp)[c.classes![i]!]!));
    logs[k] = l;
    if (l > mx) mx = l;
  }
  let s = 0;
  for (const l of logs) s += Math.exp(l - mx);
  return mx + Math.log(s);
}

export interface FitOptions {
  ridge: number;
  nodes: number;
  maxEvaluations: number;
  start?: Float64Array;
}

/** Penalized maximum marginal likelihood: Gaussian priors N(0, 1/ridge) on every coefficient, N(0, 1) on log σ. */
export function objective(
  p: Float64Array,
  cases: readonly FitCase[],
  temperature: number,
  opts: FitOptions,
  nodes: { x: Float64Array; w: Float64Array },
): number {
  let nll = 0;
  for (const c of cases) if (c.classes && c.rows.length) nll -= caseLogLik(p, c, temperature, nodes);
  let pen = 0;
  for (let j = 0; j < PARAMS; j++) pen += j === I_SIGMA ? p[j]! ** 2 : opts.ridge * p[j]! ** 2;
  return nll + 0.5 * pen;
}

export function initialParams(): Float64Array {
  const p = new Float64Array(PARAMS);
  p[I_BA] = 2;
  p[I_BS] = 0.5;
  return p;
}

/** Nelder–Mead on the penalized objective (a dozen parameters, a few hundred observations). */
export function fitParams(cases: readonly FitCase[], opts: FitOptions): Float64Array {
  const nodes = gaussHermite(opts.nodes);
  const f = (p: Float64Array) => objective(p, cases, 1, opts, nodes);
  return nelderMead(f, opts.start ?? initialParams(), opts.maxEvaluations, 0.5);
}

export function nelderMead(f: (p: Float64Array) => number, start: Float64Array, maxEvaluations: number, step: number): Float64Array {
  const n = start.length;
  let simplex: { p: Float64Array; v: number }[] = [];
  simplex.push({ p: Float64Array.from(start), v: f(start) });
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(start);
    p[i] = p[i]! + step;
    simplex.push({ p, v: f(p) });
  }
  let evals = n + 1;
  const comb = (a: Float64Array, b: Float64Array, t: number) => {
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = a[j]! + t * (b[j]! - a[j]!);
    return out;
  };
  while (evals < maxEvaluations) {
    simplex.sort((a, b) => a.v - b.v);
    if (Math.abs(simplex[n]!.v - simplex[0]!.v) < 1e-9 * (1 + Math.abs(simplex[0]!.v))) break;
    const centroid = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.p[j]! / n;
    const worst = simplex[n]!;
    const r = comb(centroid, worst.p, -1);
    const fr = f(r);
    evals++;
    if (fr < simplex[0]!.v) {
      const e = comb(centroid, worst.p, -2);
      const fe = f(e);
      evals++;
      simplex[n] = fe < fr ? { p: e, v: fe } : { p: r, v: fr };
    } else if (fr < simplex[n - 1]!.v) {
      simplex[n] = { p: r, v: fr };
    } else {
      const c = fr < worst.v ? comb(centroid, r, 0.5) : comb(centroid, worst.p, 0.5);
      const fc = f(c);
      evals++;
      if (fc < Math.min(fr, worst.v)) simplex[n] = { p: c, v: fc };
      else {
        const best = simplex[0]!.p;
        simplex = simplex.map((s, i) => {
          if (i === 0) return s;
          const p = comb(best, s.p, 0.5);
          evals++;
          return { p, v: f(p) };
        });
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return simplex[0]!.p;
}

/** Log loss of marginal member probabilities (for the temperature), over cases with classes. */
export function memberLogLoss(model: CouncilModel, cases: readonly FitCase[], nodes = gaussHermite(15)): number {
  let l = 0;
  let n = 0;
  for (const c of cases) {
    if (!c.classes) continue;
    c.rows.forEach((row, i) => {
      l -= Math.log(Math.max(1e-12, marginalProbs(model, row, nodes)[c.classes![i]!]));
      n++;
    });
  }
  return n ? l / n : 0;
}
