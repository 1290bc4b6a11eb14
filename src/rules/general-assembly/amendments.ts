/** A GA amendment as the order of voting needs it (GA rule 90 [130]; spec R58). */
export interface GaAmendment {
  id: string;
  /** How far removed in substance from the original proposal (higher = further). */
  distance: number;
  submittedAt: number;
  /** Amendments whose adoption necessarily rejects this one (either direction counts). */
  conflictsWith?: readonly string[];
}

/**
 * Voting order in the GA (GA rule 90 [130]; spec R58): every amendment before the proposal,
 * the one furthest removed in substance first. Unlike the Council (Rule 36) there is no
 * adds/deletes-first exception.
 */
export function orderGaAmendments<A extends GaAmendment>(list: readonly A[]): A[] {
  return [...list].sort((a, b) => b.distance - a.distance || a.submittedAt - b.submittedAt);
}
