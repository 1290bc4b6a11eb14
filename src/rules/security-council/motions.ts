/** Rule 33 motions, highest precedence first (spec R29). */
export type Rule33Motion = 'suspend' | 'adjourn' | 'adjourn-to' | 'refer' | 'postpone' | 'amend';

export const RULE33_ORDER: readonly Rule33Motion[] = ['suspend', 'adjourn', 'adjourn-to', 'refer', 'postpone', 'amend'];

export interface PendingItem {
  id: string;
  /** A Rule 33 motion, or a principal motion / draft resolution. */
  kind: Rule33Motion | 'principal';
  /** Tabling order; ties between equal motions keep it. */
  tabledAt: number;
}

/**
 * Order in which pending business is decided (Rule 33; spec R29; T30): the six motions in
 * Rule 33's order, before any principal motion or draft, which follow in order of submission
 * (Rule 32). Every one of these motions is procedural (spec R19).
 */
export function orderOfDecision<T extends PendingItem>(pending: readonly T[]): T[] {
  const rank = (p: PendingItem) => (p.kind === 'principal' ? RULE33_ORDER.length : RULE33_ORDER.indexOf(p.kind));
  return [...pending].sort((a, b) => rank(a) - rank(b) || a.tabledAt - b.tabledAt);
}

/** Motions to suspend or simply adjourn are decided without debate (Rule 33). */
export function debateAllowed(kind: Rule33Motion | 'principal'): boolean {
  return kind !== 'suspend' && kind !== 'adjourn';
}

/**
 * When a motion is adopted, what lapses for the meeting (spec R29 edge case): a suspension or
 * adjournment ends consideration, so lower-ranked motions and the draft lapse (the draft stays
 * pending and carries over under Rule 10); other motions leave the rest in play.
 */
export function lapsesOnAdoption(kind: Rule33Motion | 'principal'): boolean {
  return kind === 'suspend' || kind === 'adjourn' || kind === 'adjourn-to' || kind === 'postpone' || kind === 'refer';
}
