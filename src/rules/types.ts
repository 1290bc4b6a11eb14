/**
 * Core vocabulary shared by every module. Values are lower-case strings because they
 * cross every boundary (CLI JSON, HTTP, event log) unchanged.
 */

/** A state: ISO 3166-1 alpha-3 ("USA"); dissolved states by ISO 3166-3 ("SUN", "YUG", "CSK"). */
export type StateCode = string;

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/**
 * How a member stood on a question (spec §0.4). `non-participation` is present but not
 * voting; `absent` is not in the room. Neither counts as yes or no in either organ.
 */
export const BALLOTS = ['yes', 'no', 'abstain', 'non-participation', 'absent'] as const;
export type Ballot = (typeof BALLOTS)[number];

/** The bodies a session can be (issue 9). */
export type BodyKind = 'security-council' | 'general-assembly' | 'ga-main-committee' | 'human-rights-council';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  nonParticipation: number;
  absent: number;
}

/** A seat at the Council table on a given day, as the rules need it. */
export interface CouncilSeat {
  code: StateCode;
  permanent: boolean;
}

/** Who sat on the Council on a date: 11 seats before 1966, 15 from 1966 (spec R1, R3). */
export interface Composition {
  date: IsoDate;
  seats: readonly CouncilSeat[];
}

/** The class of a Security Council question (spec R19). */
export type ScMatter = 'procedural' | 'non-procedural' | 'icj-election';

/**
 * What a trace step found, as a stable code; its arguments are numbers, member codes and
 * closed words only, so src/records renders the step in any language.
 */
export const TRACE_CODES = [
  'sc.ballots', // {seats, yes, no, abstain, nonParticipation, absent}
  'sc.required', // {seats, required}
  'sc.absoluteMajority', // {seats, required}
  'sc.obliged', // {members, mode: strict | record-only}
  'sc.count', // {yes, required, met: yes | no}
  'sc.procedural.noVeto', // {members}: permanent members voting no (may be empty)
  'sc.veto', // {members, how: voted-against | did-not-concur}
  'sc.vetoNotReached', // {}
  'sc.noPermanentAgainst', // {members}: permanent members not voting yes (may be empty)
  'ga.presentAndVoting', // {pv, abstain}
  'ga.tie', // {}
  'ga.simple', // {pv, required, yes, met}
  'ga.twoThirds', // {pv, required, yes, met}
  'ga.membership', // {membership, required, yes, met}
  'mun.caucusMajority', // {yes, present, required, met}
] as const;
export type TraceCode = (typeof TRACE_CODES)[number];
export type TraceArgs = Readonly<Record<string, number | string | readonly StateCode[]>>;

/** One step of reasoning behind an outcome, citing what it applies. */
export interface TraceStep {
  /** The written source, e.g. "Charter Art. 27(2)", "Rule 9", "GA rule 86". */
  rule: string;
  /** The spec rule, e.g. "R20". */
  spec: string;
  /** What was found, in one plain English sentence (the engine's own words). */
  finding: string;
  /** What was found, language-free (absent in records made before it existed). */
  code?: TraceCode;
  args?: TraceArgs;
}

export interface RuleWarning {
  code: string;
  /** The English message (older readers); `code` and `args` render it in any language. */
  message: string;
  rule?: string;
  args?: TraceArgs;
}

/**
 * Why a decision came out as it did. Stable codes: scripts match on them.
 *  - threshold-met: enough votes (and, where it applies, no veto)
 *  - insufficient-votes: short of the affirmative votes required (spec R20, R21 test 1)
 *  - veto: enough votes but a permanent member voted no on a non-procedural matter (R21)
 *  - tie: GA ordinary question equally divided (GA rule 95)
 *  - objection: a decision needing consent of all was blocked (R32, R43)
 *  - consensus: adopted without a vote, nobody objecting (R13, R32)
 */
export type DecisionReason = 'threshold-met' | 'insufficient-votes' | 'veto' | 'tie' | 'objection' | 'consensus';

/**
 * The language-free facts an outcome rests on: codes and numbers only, so an explanation
 * can be rendered from them in any language (src/records/explain).
 */
export type DecisionFacts =
  | {
      organ: 'security-council';
      matter: ScMatter;
      /** Seats at the table (15; 11 before 1966). */
      seats: number;
      /** Permanent members that voted no. */
      permanentAgainst: StateCode[];
      /** Permanent members neither yes nor no (abstaining, not participating, absent), not obliged to abstain. */
      permanentNotConcurring: { code: StateCode; ballot: Exclude<Ballot, 'yes' | 'no'> }[];
      /** Members obliged to abstain as parties to a dispute (Charter Art. 27(3) proviso). */
      obligedToAbstain: StateCode[];
      /** How the vetoing members withheld concurrence: all voted no, or some did not concur (an option). */
      vetoHow?: 'voted-against' | 'did-not-concur';
    }
  | {
      organ: 'general-assembly' | 'ga-main-committee';
      majority: 'simple' | 'two-thirds' | 'majority-of-membership';
      presentAndVoting: number;
      membership: number;
    };

/** The engine's answer to "was it adopted, and why". */
export interface Decision {
  outcome: 'adopted' | 'not-adopted';
  reason: DecisionReason;
  tally: Tally;
  /** The affirmative votes the question needed (9, 7 before 1966, 8 for the ICJ, a GA figure). */
  required: number;
  /** Permanent members whose negative vote defeated the draft; empty unless reason is "veto". */
  vetoedBy: StateCode[];
  /** Every source that decided it, most decisive first, e.g. ["Charter Art. 27(2)", "spec R20"]. */
  rules: string[];
  /** Plain English, as a President would announce it plus the reason. */
  explanation: string;
  warnings: RuleWarning[];
  trace: TraceStep[];
  /** The facts behind the outcome, for explanations in any language (absent in records made before it existed). */
  facts?: DecisionFacts;
}
