import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, Decision, StateCode } from '../types.js';
import { decideScVote } from './decide-vote.js';
import type { ScOptions } from './options.js';
import { SC_VOTE_ERRORS } from './decide-vote.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const INVITATION_ERRORS = [
  'already-a-council-member',
  'not-a-un-member',
  'not-a-council-member',
  'vote-required',
  ...SC_VOTE_ERRORS,
] as const;
export type InvitationError = RuleError<(typeof INVITATION_ERRORS)[number]>;

/**
 * Bases for taking part without vote (spec R35-R37): Rule 37 / Art. 31 for UN Members,
 * Art. 32 for parties to a dispute, Rule 39 for officials and other persons, and the special
 * invitations given to observers.
 */
export type InvitationBasis = 'rule-37' | 'art-32' | 'rule-39' | 'special';

export interface InvitationRequest {
  invitee: string;
  basis: InvitationBasis;
  /** For Rule 37: the invitee is a UN Member. */
  unMember?: boolean;
  /** Objecting Council members; none means agreed without a vote. */
  objectors?: readonly StateCode[];
  /** The procedural vote held after an objection. */
  ballots?: Readonly<Record<StateCode, Ballot>>;
}

export interface InvitationOutcome {
  invitee: string;
  invited: boolean;
  /** How it was settled. */
  by: 'no-objection' | 'vote' | 'charter-obligation';
  decision?: Decision;
  rules: string[];
}

/**
 * One invitation (Rules 37, 39; Charter Art. 31-32; spec R35-R37; T34): agreed without a vote
 * unless a member objects, then a procedural vote (nine, no veto). A party to a dispute under
 * Art. 32 must be invited, no vote needed (only its conditions, for a non-Member, are decided).
 * Council members cannot be invited: they already sit.
 */
export function decideInvitation(
  composition: Composition,
  request: InvitationRequest,
  options: Partial<ScOptions> = {},
): Result<InvitationOutcome, InvitationError> {
  const seated = new Set(composition.seats.map((s) => s.code));
  if (request.basis !== 'rule-39' && seated.has(request.invitee)) {
    return err({
      code: 'already-a-council-member',
      message: `${request.invitee} sits on the Council and needs no invitation`,
      rule: 'Rule 37',
    });
  }
  if (request.basis === 'rule-37' && request.unMember === false) {
    return err({
      code: 'not-a-un-member',
      message: `${request.invitee} is not a UN Member; Rule 37 covers Members (use Art. 32 or a special invitation)`,
      rule: 'Charter Art. 31',
    });
  }
  const rules =
    request.basis === 'rule-39'
      ? ['Rule 39', 'spec R37']
      : request.basis === 'art-32'
        ? ['Charter Art. 32', 'spec R36']
        : request.basis === 'rule-37'
          ? ['Rule 37', 'Charter Art. 31', 'spec R35']
          : ['Council practice', 'spec R37'];
  if (request.basis === 'art-32') {
    return ok({ invitee: request.invitee, invited: true, by: 'charter-obligation', rules });
  }
  const objectors = request.objectors ?? [];
  const stranger = objectors.find((c) => !seated.has(c));
  if (stranger) {
    return err({ code: 'not-a-council-member', message: `${stranger} does not sit on the Council and cannot object`, rule: 'spec R38' });
  }
  if (objectors.length === 0) return ok({ invitee: request.invitee, invited: true, by: 'no-objection', rules });
  if (!request.ballots) {
    return err({
      code: 'vote-required',
      message: `an objection to inviting ${request.invitee} must be settled by a procedural vote`,
      rule: 'spec R35',
    });
  }
  const vote = decideScVote({ composition, matter: 'procedural', ballots: request.ballots }, options);
  if (!vote.ok) return vote;
  return ok({
    invitee: request.invitee,
    invited: vote.value.outcome === 'adopted',
    by: 'vote',
    decision: vote.value,
    rules: ['Charter Art. 27(2)', ...rules],
  });
}
