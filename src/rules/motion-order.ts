/**
 * The order in which a body decides its pending motions — the Council's Rule 33
 * (orderOfDecision), the Assembly's rule 77 [119] (GA_MOTION_ORDER) — as one function, so the
 * console lists motions in exactly the order the engine enforces. Model UN caucus motions
 * (practice: Model UN, src/rules/practice/caucus.ts) follow every motion of the body's rules,
 * most disruptive first.
 */
import { GA_MOTION_ORDER, type GaMotion } from './general-assembly/motions.js';
import { compareCaucusMotions, isCaucusMotion, type CaucusTerms } from './practice/caucus.js';
import { orderOfDecision, type Rule33Motion } from './security-council/motions.js';

export function orderMotions<T extends { id: string; kind: string; tabledAt: number } & CaucusTerms>(
  council: boolean,
  pending: readonly T[],
): T[] {
  const rules = pending.filter((p) => !isCaucusMotion(p.kind));
  const caucus = pending.filter((p) => isCaucusMotion(p.kind));
  const ruled = council
    ? (orderOfDecision(rules.map((p) => ({ ...p, kind: p.kind as Rule33Motion }))) as unknown as T[])
    : [...rules].sort((a, b) => rank(a.kind) - rank(b.kind) || a.tabledAt - b.tabledAt);
  return [...ruled, ...caucus.sort((a, b) => compareCaucusMotions(a as never, b as never))];
}

const rank = (k: string) => GA_MOTION_ORDER.indexOf(k as GaMotion);
