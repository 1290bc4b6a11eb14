/**
 * The order in which a body decides its pending motions — the Council's Rule 33
 * (orderOfDecision), the Assembly's rule 77 [119] (GA_MOTION_ORDER) — as one function, so the
 * console lists motions in exactly the order the engine enforces.
 */
import { GA_MOTION_ORDER, type GaMotion } from './general-assembly/motions.js';
import { orderOfDecision, type Rule33Motion } from './security-council/motions.js';

export function orderMotions<T extends { id: string; kind: string; tabledAt: number }>(council: boolean, pending: readonly T[]): T[] {
  if (council) return orderOfDecision(pending.map((p) => ({ ...p, kind: p.kind as Rule33Motion }))) as unknown as T[];
  const rank = (k: string) => GA_MOTION_ORDER.indexOf(k as GaMotion);
  return [...pending].sort((a, b) => rank(a.kind) - rank(b.kind) || a.tabledAt - b.tabledAt);
}
