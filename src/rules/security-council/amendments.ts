import { err, ok, type Result, type RuleError } from '../result.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const AMENDMENT_ERRORS = ['invalid-order'] as const;
export type AmendmentError = RuleError<(typeof AMENDMENT_ERRORS)[number]>;

export interface ScAmendment {
  id: string;
  /** Adds to or deletes from the text, or revises it (Rule 36). */
  kind: 'add' | 'delete' | 'revise';
  /** Submission order. */
  submittedAt: number;
  /** How far removed in substance from the original (higher = further); the President's judgement. */
  distance?: number;
  /** Ids of amendments that cannot stand together with this one. */
  conflictsWith?: readonly string[];
}

/**
 * Voting order of amendments in the Council (Rule 33(6), Rule 36; spec R31; T31): all are
 * voted before the text; amendments that add or delete go first (in submission order, the
 * President's default), then the rest, furthest removed in substance first. A President's
 * explicit order replaces this if it names every amendment exactly once.
 */
export function orderScAmendments<A extends ScAmendment>(
  list: readonly A[],
  presidentOrder?: readonly string[],
): Result<A[], AmendmentError> {
  if (presidentOrder) {
    const byId = new Map(list.map((a) => [a.id, a]));
    const ordered = presidentOrder.map((id) => byId.get(id));
    if (ordered.some((a) => !a) || new Set(presidentOrder).size !== list.length || presidentOrder.length !== list.length) {
      return err({ code: 'invalid-order', message: "the President's order must name every amendment exactly once", rule: 'Rule 36' });
    }
    return ok(ordered as A[]);
  }
  const first = list.filter((a) => a.kind !== 'revise').sort((a, b) => a.submittedAt - b.submittedAt);
  const rest = list
    .filter((a) => a.kind === 'revise')
    .sort((a, b) => (b.distance ?? 0) - (a.distance ?? 0) || a.submittedAt - b.submittedAt);
  return ok([...first, ...rest]);
}

/** Drafts and principal motions are voted in the order submitted (Rule 32, first sentence; spec R30). */
export function orderDrafts<D extends { submittedAt: number }>(drafts: readonly D[]): D[] {
  return [...drafts].sort((a, b) => a.submittedAt - b.submittedAt);
}
