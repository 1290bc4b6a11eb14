import { tallyPhrase } from '../explain.js';
import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Decision, RuleWarning, StateCode, Tally, TraceStep } from '../types.js';
import { isBallot } from '../security-council/ballots.js';
import { describeValue } from '../describe-value.js';
import {
  membershipMajorityRequired,
  simpleMajorityMet,
  simpleMajorityRequired,
  twoThirdsMet,
  twoThirdsRequired,
  type GaMajority,
} from './majorities.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const GA_VOTE_ERRORS = [
  'committee-simple-majority',
  'invalid-ballot',
  'invalid-input',
  'invalid-state-code',
  'invalid-tally',
] as const;
export type GaVoteError = RuleError<(typeof GA_VOTE_ERRORS)[number]>;

export type GaBody = 'general-assembly' | 'ga-main-committee';

export interface GaVoteInput {
  body: GaBody;
  majority: GaMajority;
  /** A recorded vote by Member; or else `tally` for a non-recorded vote. */
  ballots?: Readonly<Record<StateCode, Ballot>>;
  tally?: { yes: number; no: number; abstain: number };
  /** Total Members (for majority-of-membership); default 193. */
  membership?: number;
}

export interface GaOptions {
  /** Members without a vote under Charter Art. 19 (arrears, no exemption). */
  art19NoVote: readonly StateCode[];
  membership: number;
}

export const DEFAULT_GA_OPTIONS: Readonly<GaOptions> = Object.freeze({ art19NoVote: [], membership: 193 });

/** A GA decision: a Decision plus the count that matters there, and the committee's recommendation. */
export interface GaDecision extends Decision {
  presentAndVoting: number;
  /** Main Committees recommend to the plenary (spec R55); absent for plenary decisions. */
  recommendation?: 'approved' | 'rejected';
}

const STATE_CODE = /^[A-Z]{3}$/;

function countBallots(
  ballots: Readonly<Record<StateCode, Ballot>>,
  o: GaOptions,
): Result<{ tally: Tally; warnings: RuleWarning[] }, GaVoteError> {
  const tally: Tally = { yes: 0, no: 0, abstain: 0, nonParticipation: 0, absent: 0 };
  const warnings: RuleWarning[] = [];
  const noVote = new Set(o.art19NoVote);
  for (const [code, value] of Object.entries(ballots)) {
    if (!STATE_CODE.test(code))
      return err({ code: 'invalid-state-code', message: `"${code}" is not a three-letter state code`, rule: 'spec R51' });
    if (!isBallot(value))
      return err({
        code: 'invalid-ballot',
        message: `${code}: "${describeValue(value)}" is not a ballot (yes, no, abstain, non-participation, absent)`,
        rule: 'spec R52',
      });
    if (noVote.has(code) && (value === 'yes' || value === 'no' || value === 'abstain')) {
      warnings.push({
        code: 'art19-no-vote',
        message: `${code} has no vote under Charter Art. 19 (arrears); its ${value} is not counted`,
        rule: 'Charter Art. 19',
        args: { members: [code], ballot: value },
      });
      continue;
    }
    if (value === 'non-participation') tally.nonParticipation++;
    else tally[value]++;
  }
  return ok({ tally, warnings });
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Decide a GA plenary or Main Committee vote (Charter Art. 18; GA rules 85-86, 95 and
 * 125-126, 133; spec R51-R55, R60): simple majority of present and voting (abstentions out,
 * a tie fails), two-thirds for important questions, majority of the membership where an
 * instrument says so. A Main Committee always uses a simple majority and only recommends.
 */
export function decideGaVote(input: GaVoteInput, overrides: Partial<GaOptions> = {}): Result<GaDecision, GaVoteError> {
  const o: GaOptions = { ...DEFAULT_GA_OPTIONS, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  const membership = input.membership ?? o.membership;
  if (!isCount(membership) || membership < 1)
    return err({ code: 'invalid-input', message: 'membership must be a positive whole number', rule: 'Charter Art. 18(1)' });
  if ((input.ballots === undefined) === (input.tally === undefined)) {
    return err({ code: 'invalid-input', message: 'give either ballots or a tally, not both or neither', rule: 'spec R52' });
  }
  let tally: Tally;
  const warnings: RuleWarning[] = [];
  if (input.ballots) {
    const counted = countBallots(input.ballots, o);
    if (!counted.ok) return counted;
    tally = counted.value.tally;
    warnings.push(...counted.value.warnings);
  } else {
    const t = input.tally!;
    if (!isCount(t.yes) || !isCount(t.no) || !isCount(t.abstain)) {
      return err({ code: 'invalid-tally', message: 'yes, no and abstain must be whole numbers of at least 0', rule: 'spec R52' });
    }
    tally = { yes: t.yes, no: t.no, abstain: t.abstain, nonParticipation: 0, absent: 0 };
  }
  if (tally.yes + tally.no + tally.abstain + tally.nonParticipation > membership) {
    return err({
      code: 'invalid-tally',
      message: `${tally.yes + tally.no + tally.abstain + tally.nonParticipation} votes from a membership of ${membership}`,
      rule: 'Charter Art. 18(1)',
    });
  }

  const committee = input.body === 'ga-main-committee';
  let majority = input.majority;
  if (committee && majority !== 'simple') {
    warnings.push({
      code: 'committee-simple-majority',
      message: `a Main Committee decides by simple majority; the ${majority} requirement applies only in plenary`,
      rule: 'GA rule 125',
      args: { majority: majority === 'two-thirds' ? 'twoThirds' : majority },
    });
    majority = 'simple';
  }
  const { yes, no } = tally;
  const pv = yes + no;
  const trace: TraceStep[] = [
    {
      rule: committee ? 'GA rule 126' : 'GA rule 86',
      spec: 'R52',
      finding: `Present and voting = yes + no = ${pv}; ${tally.abstain} abstentions are not counted.`,
      code: 'ga.presentAndVoting',
      args: { pv, abstain: tally.abstain },
    },
  ];
  let adopted: boolean;
  let required: number;
  let reason: Decision['reason'];
  let rules: string[];
  let test: string;
  if (majority === 'simple') {
    adopted = simpleMajorityMet(yes, no);
    required = simpleMajorityRequired(pv);
    const tie = yes === no;
    reason = adopted ? 'threshold-met' : tie ? 'tie' : 'insufficient-votes';
    rules = committee ? ['GA rule 125', 'spec R55'] : ['Charter Art. 18(3)', 'GA rule 85', 'spec R53'];
    if (tie) rules.unshift(committee ? 'GA rule 133' : 'GA rule 95');
    test = tie
      ? `The vote is equally divided, so the proposal is rejected (${committee ? 'GA rule 133' : 'GA rule 95'}).`
      : `A simple majority of the ${pv} present and voting is ${required}; ${yes} ${adopted ? 'were cast' : 'is not enough'}.`;
    trace.push({
      rule: tie ? (committee ? 'GA rule 133' : 'GA rule 95') : committee ? 'GA rule 125' : 'Charter Art. 18(3)',
      spec: committee ? 'R55' : 'R53',
      finding: test,
      ...(tie ? { code: 'ga.tie', args: {} } : { code: 'ga.simple', args: { pv, required, yes, met: adopted ? 'yes' : 'no' } }),
    });
  } else if (majority === 'two-thirds') {
    adopted = twoThirdsMet(yes, no);
    required = twoThirdsRequired(pv);
    reason = adopted ? 'threshold-met' : 'insufficient-votes';
    rules = ['Charter Art. 18(2)', 'GA rule 83', 'spec R54'];
    test = `Two-thirds of the ${pv} present and voting is ${required} (3 x ${yes} = ${3 * yes} ${adopted ? '>=' : '<'} 2 x ${pv} = ${2 * pv}).`;
    trace.push({
      rule: 'Charter Art. 18(2)',
      spec: 'R54',
      finding: test,
      code: 'ga.twoThirds',
      args: { pv, required, yes, met: adopted ? 'yes' : 'no' },
    });
  } else {
    required = membershipMajorityRequired(membership);
    adopted = yes >= required;
    reason = adopted ? 'threshold-met' : 'insufficient-votes';
    rules = ['GA res 60/251 para. 7', 'spec R59'];
    test = `A majority of the membership of ${membership} is ${required}, whatever the turnout; ${yes} ${adopted ? 'were cast' : 'is not enough'}.`;
    trace.push({
      rule: 'GA res 60/251 para. 7',
      spec: 'R59',
      finding: test,
      code: 'ga.membership',
      args: { membership, required, yes, met: adopted ? 'yes' : 'no' },
    });
  }
  const head = committee
    ? `${adopted ? 'Approved' : 'Rejected'} (a recommendation to the plenary): ${tallyPhrase(tally)}.`
    : `${adopted ? 'Adopted' : 'Rejected'}: ${tallyPhrase(tally)}.`;
  const what = committee
    ? 'Main Committee: simple majority of members present and voting (GA rule 125), abstentions not counted.'
    : majority === 'simple'
      ? 'Simple majority of members present and voting (Charter Art. 18(3)), abstentions not counted.'
      : majority === 'two-thirds'
        ? 'Important question: two-thirds of members present and voting (Charter Art. 18(2)), abstentions not counted.'
        : 'Majority of the membership of the Assembly.';
  const decision: GaDecision = {
    outcome: adopted ? 'adopted' : 'not-adopted',
    reason,
    tally,
    required,
    vetoedBy: [],
    rules,
    explanation: `${head} ${what} ${test}`,
    warnings,
    trace,
    presentAndVoting: pv,
    facts: { organ: committee ? 'ga-main-committee' : 'general-assembly', majority, presentAndVoting: pv, membership },
  };
  if (committee) decision.recommendation = adopted ? 'approved' : 'rejected';
  return ok(decision);
}
