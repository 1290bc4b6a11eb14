import { rational, type Rational } from './rational.js';

/**
 * The abstention-aware Council ("ternary") model. Each member votes yes, abstain or no;
 * a draft passes when the yes votes reach the quota and no veto-holder votes no. This is
 * Charter Art. 27(3) as read in practice since 1946–47 (spec R21–R22; ICJ Namibia AO
 * para. 22): a permanent member's abstention is NOT a veto. In the binary model
 * (indices.ts) "not yes" is all one choice, so an abstaining permanent member blocks,
 * which is the letter of "concurring votes" but not the practice.
 *
 * Indices (Felsenthal & Machover, "Ternary voting games", Int. J. Game Theory 26, 1997):
 *  - Shapley–Shubik: a roll-call is an ordering of the members plus a yes/abstain/no
 *    vote for each, all n!·3^n equally likely; the pivot is the member whose vote first
 *    makes the outcome certain whatever the rest do. The index is the share of roll-calls
 *    in which the member is the pivot (the shares sum to 1: every roll-call has one pivot).
 *  - Banzhaf (absolute): over the 3^(n−1) equally likely votes of the others, the chance
 *    that the member's own vote decides the outcome, i.e. that "yes" passes and "no"
 *    fails; normalized by the sum over members.
 *
 * Players are given as classes of identical members (the five permanent members; the ten
 * elected), so everything is a sum over how many of each class have voted which way:
 * no ordering or vote profile is enumerated.
 */
export interface PlayerClass {
  id: string;
  count: number;
  weight: number;
  /** A no vote from this class defeats the draft. */
  veto: boolean;
}

export interface TernaryGame {
  name: string;
  quota: number;
  classes: readonly PlayerClass[];
}

export interface ClassPower {
  id: string;
  count: number;
  /** Per member of the class. */
  shapleyShubik: Rational;
  banzhafAbsolute: Rational;
  banzhafNormalized: Rational;
}

function binom(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

function factorials(n: number): bigint[] {
  const f = [1n];
  for (let i = 1; i <= n; i++) f.push(f[i - 1]! * BigInt(i));
  return f;
}

/** A tally of a set of voters that have already voted, as far as the outcome cares. */
interface Partial {
  /** Voters in the set, per class. */
  taken: number[];
  yesWeight: number;
  /** Number of vote profiles of the set with this tally and no veto-holder voting no. */
  profiles: bigint;
}

/** Every way the voters of the other members could stand, grouped by tally (veto-free only). */
function partials(game: TernaryGame, available: number[]): Partial[] {
  let states: Partial[] = [{ taken: [], yesWeight: 0, profiles: 1n }];
  game.classes.forEach((cls, c) => {
    const next: Partial[] = [];
    for (const st of states) {
      for (let a = 0; a <= available[c]!; a++) {
        for (let y = 0; y <= a; y++) {
          // Veto-holders' other votes are abstentions (a no would already have decided);
          // the others' non-yes votes are abstain or no: 2 ways each.
          const ways = binom(available[c]!, a) * binom(a, y) * (cls.veto ? 1n : 1n << BigInt(a - y));
          next.push({ taken: [...st.taken, a], yesWeight: st.yesWeight + y * cls.weight, profiles: st.profiles * ways });
        }
      }
    }
    states = next;
  });
  return states;
}

type Outcome = 'pass' | 'fail' | 'open';

/** Is the outcome settled after these votes, whatever the remaining voters do? */
function settled(game: TernaryGame, yesWeight: number, vetoNo: boolean, remaining: number[]): Outcome {
  if (vetoNo) return 'fail';
  const remainingWeight = game.classes.reduce((s, cls, c) => s + remaining[c]! * cls.weight, 0);
  if (yesWeight + remainingWeight < game.quota) return 'fail';
  const vetoLeft = game.classes.some((cls, c) => cls.veto && remaining[c]! > 0);
  if (yesWeight >= game.quota && !vetoLeft) return 'pass';
  return 'open';
}

/** Exact ternary Shapley–Shubik and Banzhaf indices, per member of each class. */
export function ternaryPower(game: TernaryGame): ClassPower[] {
  const n = game.classes.reduce((s, c) => s + c.count, 0);
  const fact = factorials(n);
  const pow3 = (k: number) => 3n ** BigInt(k);
  const raw = game.classes.map((cls, i) => {
    const others = game.classes.map((c, j) => c.count - (i === j ? 1 : 0));
    let pivotal = 0n; // roll-calls in which a given member of class i is the pivot
    for (const st of partials(game, others)) {
      const k = st.taken.reduce((s, a) => s + a, 0);
      const remainingBefore = others.map((c, j) => c - st.taken[j]! + (i === j ? 1 : 0));
      if (settled(game, st.yesWeight, false, remainingBefore) !== 'open') continue;
      const remainingAfter = others.map((c, j) => c - st.taken[j]!);
      let decidingVotes = 0n;
      for (const vote of ['yes', 'abstain', 'no'] as const) {
        const yes = st.yesWeight + (vote === 'yes' ? cls.weight : 0);
        if (settled(game, yes, vote === 'no' && cls.veto, remainingAfter) !== 'open') decidingVotes++;
      }
      // k voters before, n−k−1 after (any order, any votes).
      pivotal += st.profiles * decidingVotes * fact[k]! * fact[n - k - 1]! * pow3(n - k - 1);
    }
    // Banzhaf: all others have voted; count profiles where this member's yes passes and no fails.
    let swings = 0n;
    for (const st of partials(game, others)) {
      const complete = st.taken.every((a, j) => a === others[j]);
      if (!complete) continue;
      const passWithYes = st.yesWeight + cls.weight >= game.quota;
      const passWithNo = !cls.veto && st.yesWeight >= game.quota;
      if (passWithYes && !passWithNo) swings += st.profiles;
    }
    return { cls, pivotal, swings };
  });
  const totalSwings = raw.reduce((s, r) => s + r.swings * BigInt(r.cls.count), 0n);
  return raw.map(({ cls, pivotal, swings }) => ({
    id: cls.id,
    count: cls.count,
    shapleyShubik: rational(pivotal, fact[n]! * pow3(n)),
    banzhafAbsolute: rational(swings, pow3(n - 1)),
    banzhafNormalized: totalSwings === 0n ? rational(0n, 1n) : rational(swings, totalSwings),
  }));
}
