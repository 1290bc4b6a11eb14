import { err, ok, type Result, type RuleError } from '../result.js';
import type { RuleWarning } from '../types.js';
import { membershipMajorityRequired, twoThirdsRequired } from './majorities.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const GA_ELECTION_ERRORS = ['invalid-tally', 'needs-further-ballot'] as const;
export type GaElectionError = RuleError<(typeof GA_ELECTION_ERRORS)[number]>;

/**
 * Which majority an election needs (spec R59): SC non-permanent seats need two-thirds of
 * valid, non-abstaining ballots (Charter Art. 18(2)); HRC members (GA res 60/251 para. 7) and
 * ICJ judges in the Assembly (ICJ Statute Art. 10) a majority of all Members.
 */
export type GaElectionKind = 'security-council-seat' | 'human-rights-council' | 'icj-judge';

export interface GaElectionInput {
  kind: GaElectionKind;
  /** Seats to fill in this ballot. */
  vacancies: number;
  /** Votes per candidate. */
  votes: Readonly<Record<string, number>>;
  ballotsCast: number;
  invalid?: number;
  abstentions?: number;
  /** Total Members; default 193. */
  membership?: number;
}

export interface GaElectionResult {
  required: number;
  /** Valid ballots less abstentions (the two-thirds base). */
  presentAndVoting: number;
  elected: string[];
  /** Seats left unfilled, or a tie for the last seat: another (restricted) ballot follows (GA rules 93-94). */
  needsFurtherBallot: boolean;
  warnings: RuleWarning[];
  rules: string[];
}

/**
 * One ballot of a GA election (GA rule 92, secret ballot; spec R59; T48, T49). Candidates
 * reaching the majority are elected, most votes first, up to the vacancies; a tie for the last
 * seat or unfilled seats are flagged `needs-further-ballot` rather than resolved.
 */
export function gaElectionBallot(input: GaElectionInput): Result<GaElectionResult, GaElectionError> {
  const invalid = input.invalid ?? 0;
  const abstentions = input.abstentions ?? 0;
  const membership = input.membership ?? 193;
  const counts = [input.vacancies, input.ballotsCast, invalid, abstentions, membership, ...Object.values(input.votes)];
  if (counts.some((n) => !Number.isInteger(n) || n < 0) || input.vacancies < 1) {
    return err({ code: 'invalid-tally', message: 'ballot counts must be whole numbers and at least one seat must be filled', rule: 'spec R59' });
  }
  const presentAndVoting = input.ballotsCast - invalid - abstentions;
  if (presentAndVoting < 0 || input.ballotsCast > membership) {
    return err({ code: 'invalid-tally', message: `${input.ballotsCast} ballots with ${invalid} invalid and ${abstentions} abstentions from ${membership} Members is impossible`, rule: 'spec R59' });
  }
  const over = Object.entries(input.votes).find(([, n]) => n > presentAndVoting);
  if (over) return err({ code: 'invalid-tally', message: `${over[0]} has ${over[1]} votes from ${presentAndVoting} valid ballots`, rule: 'spec R59' });

  const twoThirds = input.kind === 'security-council-seat';
  const required = twoThirds ? twoThirdsRequired(presentAndVoting) : membershipMajorityRequired(membership);
  const qualified = Object.entries(input.votes).filter(([, n]) => n >= required).sort((a, b) => b[1] - a[1]);
  let elected = qualified.slice(0, input.vacancies);
  const warnings: RuleWarning[] = [];
  const boundary = elected[elected.length - 1];
  const firstOut = qualified[input.vacancies];
  if (boundary && firstOut && boundary[1] === firstOut[1]) {
    elected = elected.filter(([, n]) => n > boundary[1]);
    warnings.push({ code: 'needs-further-ballot', message: `a tie at ${boundary[1]} votes for the last seat`, rule: 'GA rule 93' });
  }
  if (elected.length < input.vacancies && warnings.length === 0) {
    warnings.push({ code: 'needs-further-ballot', message: `${input.vacancies - elected.length} of ${input.vacancies} seats unfilled (${required} votes needed)`, rule: 'GA rule 94' });
  }
  return ok({
    required,
    presentAndVoting,
    elected: elected.map(([c]) => c),
    needsFurtherBallot: warnings.length > 0,
    warnings,
    rules: twoThirds ? ['Charter Art. 18(2)', 'GA rule 92', 'spec R59'] : input.kind === 'icj-judge' ? ['ICJ Statute Art. 10', 'spec R59'] : ['GA res 60/251 para. 7', 'spec R59'],
  });
}
