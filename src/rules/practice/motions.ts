/**
 * The order in which a body decides pending motions: the Council's Rule 33, the Assembly's
 * rule 77 [119], then (MUN practice only) caucus motions. The one function the engine and
 * the console use, so the chair sees motions in exactly the order the engine enforces.
 */
import { isGaMotion, orderGaMotions, type GaMotion } from '../general-assembly/motions.js';
import { orderOfDecision, RULE33_ORDER, type Rule33Motion } from '../security-council/motions.js';
import { isMunMotion, orderMunMotions, type MunMotion } from './mun-motions.js';

export type AnyMotion = Rule33Motion | GaMotion | MunMotion;

export interface PendingMotion {
  id: string;
  kind: AnyMotion;
  tabledAt: number;
  totalSeconds?: number;
}

/** Pending motions in order of decision for `body` (Rule 33 or GA rule 77), MUN caucus motions after them. */
export function orderMotions<T extends PendingMotion>(body: 'security-council' | 'general-assembly', pending: readonly T[]): T[] {
  const mun = orderMunMotions(pending.filter((p): p is T & { kind: MunMotion } => isMunMotion(p.kind)));
  if (body === 'security-council') {
    const rule33 = pending.filter((p): p is T & { kind: Rule33Motion } => (RULE33_ORDER as readonly string[]).includes(p.kind));
    return [...orderOfDecision(rule33), ...mun];
  }
  const ga = pending.filter((p): p is T & { kind: GaMotion } => isGaMotion(p.kind));
  return [...orderGaMotions(ga), ...mun];
}
