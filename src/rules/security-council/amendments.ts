import { err, ok, type Result, type RuleError } from '../result.js';

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
export function orderScAmendments<A extends ScAmendment>(list: readonly A[], presidentOrder?: readonly string[]): Result<A[], RuleError> {
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

/**
 * After an amendment is adopted, incompatible ones lapse and are not voted (spec R31:
 * `amendment-moot`). Conflicts are declared by the caller in either direction.
 */
export function mootAfterAdoption(adoptedId: string, remaining: readonly ScAmendment[], all: readonly ScAmendment[] = remaining): string[] {
  const adopted = all.find((a) => a.id === adoptedId);
  const against = new Set(adopted?.conflictsWith ?? []);
  return remaining.filter((a) => a.id !== adoptedId && (against.has(a.id) || (a.conflictsWith ?? []).includes(adoptedId))).map((a) => a.id);
}

/**
 * A request to vote part of a draft separately (Rule 32; spec R30; T32): in the Council the
 * original mover's objection blocks the split. (In the GA the objection instead leads to a
 * vote on the motion for division: see general-assembly/division.ts.)
 */
export function decideSeparateVoteRequest(moverObjects: boolean): { separateVote: boolean; explanation: string } {
  return moverObjects
    ? { separateVote: false, explanation: 'No separate vote: the original mover objects (Rule 32).' }
    : { separateVote: true, explanation: 'The part is voted separately; the mover does not object (Rule 32). It takes the class of the whole draft.' };
}

/** Drafts and principal motions are voted in the order submitted (Rule 32, first sentence; spec R30). */
export function orderDrafts<D extends { submittedAt: number }>(drafts: readonly D[]): D[] {
  return [...drafts].sort((a, b) => a.submittedAt - b.submittedAt);
}
