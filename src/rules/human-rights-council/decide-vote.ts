/**
 * The Human Rights Council decides by a simple majority of the members present and voting: GA
 * res 60/251 para. 11 has the Council apply the rules of procedure of the committees of the
 * General Assembly (confirmed in the institution-building package, HRC res 5/1 annex, part VII),
 * so GA rules 125 (majority), 126 (present and voting = yes + no) and 133 (a tie rejects) govern.
 */
import type { Result } from '../result.js';
import type { Ballot, StateCode } from '../types.js';
import { decideGaVote, type GaDecision, type GaVoteError } from '../general-assembly/decide-vote.js';

export const HRC_PROCEDURE = 'GA res 60/251 para. 11; HRC res 5/1 annex, part VII';

export function decideHrcVote(input: {
  ballots?: Readonly<Record<StateCode, Ballot>>;
  tally?: { yes: number; no: number; abstain: number };
  membership?: number;
}): Result<GaDecision, GaVoteError> {
  const d = decideGaVote({
    body: 'ga-main-committee',
    majority: 'simple',
    membership: input.membership ?? 47,
    ...(input.ballots ? { ballots: input.ballots } : {}),
    ...(input.tally ? { tally: input.tally } : {}),
  });
  if (!d.ok) return d;
  const v = d.value;
  delete v.recommendation; // the Council decides; it does not recommend to a plenary
  v.rules = [HRC_PROCEDURE, ...v.rules.filter((r) => r !== 'spec R55')];
  v.explanation = v.explanation
    .replace(/^Approved \(a recommendation to the plenary\)/u, 'Adopted')
    .replace(/^Rejected \(a recommendation to the plenary\)/u, 'Rejected')
    .replace(
      'Main Committee: simple majority of members present and voting (GA rule 125)',
      `Human Rights Council: simple majority of members present and voting (GA rule 125 as applied by ${HRC_PROCEDURE})`,
    );
  return d;
}

/** Quorum as in a GA committee (GA rule 108 via para. 11): a quarter of 47 to open, a majority to decide. */
export function hrcQuorum(
  present: number,
  stage: 'debate' | 'decision',
  membership = 47,
): { met: boolean; required: number; rule: string } {
  const required = stage === 'decision' ? Math.floor(membership / 2) + 1 : Math.ceil(membership / 4);
  return { met: present >= required, required, rule: `GA rule 108; ${HRC_PROCEDURE}` };
}
