/**
 * One entry point deciding a recorded vote in any non-Council body by its own rule: the Assembly
 * (simple or two-thirds, Charter Art. 18), a Main Committee (simple, GA rule 125) or the Human
 * Rights Council (simple, GA res 60/251 para. 11). The Council goes through decideScVote.
 */
import { err, type Result, type RuleError } from '../result.js';
import type { Ballot, StateCode } from '../types.js';
import { decideGaVote, type GaDecision, type GaVoteError } from '../general-assembly/decide-vote.js';
import type { GaMajority } from '../general-assembly/majorities.js';
import { decideHrcVote } from '../human-rights-council/decide-vote.js';
import { checkMajority, type BodyErrorCode } from './profile.js';

export function decideBodyVote(input: {
  body: 'general-assembly' | 'ga-main-committee' | 'human-rights-council';
  majority: GaMajority;
  ballots: Readonly<Record<StateCode, Ballot>>;
  membership: number;
}): Result<GaDecision, GaVoteError | RuleError<BodyErrorCode>> {
  if (input.majority !== 'majority-of-membership') {
    const allowed = checkMajority(input.body, input.majority);
    if (!allowed.ok) return allowed;
  } else if (input.body !== 'general-assembly') {
    return err({
      code: 'not-in-this-body',
      message: 'only the Assembly decides by a majority of its membership',
      rule: 'GA res 60/251 para. 7',
    });
  }
  if (input.body === 'human-rights-council') return decideHrcVote({ ballots: input.ballots, membership: input.membership });
  return decideGaVote({ body: input.body, majority: input.majority, ballots: input.ballots, membership: input.membership });
}
