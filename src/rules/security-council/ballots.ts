import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, CouncilSeat, StateCode, Tally } from '../types.js';
import { validateComposition } from './composition.js';
import type { ScThresholds } from './thresholds.js';
import { BALLOT_ABSENT, BALLOT_ABSTAIN, BALLOT_NO, BALLOT_NON_PARTICIPATION, BALLOT_YES } from './core.js';
import { describeValue } from '../describe-value.js';
import { COMPOSITION_ERRORS } from './composition.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const BALLOT_ERRORS = ['invalid-ballot', 'not-a-council-member', ...COMPOSITION_ERRORS] as const;
export type BallotError = RuleError<(typeof BALLOT_ERRORS)[number]>;

const CODE_OF: Readonly<Record<Ballot, number>> = {
  yes: BALLOT_YES,
  no: BALLOT_NO,
  abstain: BALLOT_ABSTAIN,
  'non-participation': BALLOT_NON_PARTICIPATION,
  absent: BALLOT_ABSENT,
};

/** A validated vote: one ballot per seat, in seat order, ready for the core. */
export interface BallotSheet {
  seats: readonly CouncilSeat[];
  thresholds: ScThresholds;
  /** Ballot codes by seat index (core.ts constants). */
  codes: Uint8Array;
  permanentMask: number;
  ballots: Ballot[];
  tally: Tally;
}

export function isBallot(value: unknown): value is Ballot {
  return typeof value === 'string' && Object.hasOwn(CODE_OF, value);
}

interface SeatIndex {
  thresholds: ScThresholds;
  index: Map<string, number>;
  permanentMask: number;
}

// A composition is usually reused for many votes (a session, a bench, a replay): validate it once.
const checked = new WeakMap<Composition, SeatIndex>();

function seatIndex(composition: Composition): Result<SeatIndex, BallotError> {
  const cached = checked.get(composition);
  if (cached && cached.index.size === composition.seats.length) return ok(cached);
  const valid = validateComposition(composition);
  if (!valid.ok) return valid;
  const index = new Map<string, number>();
  let permanentMask = 0;
  composition.seats.forEach((s, i) => {
    index.set(s.code, i);
    if (s.permanent) permanentMask |= 1 << i;
  });
  const entry = { thresholds: valid.value, index, permanentMask };
  checked.set(composition, entry);
  return ok(entry);
}

/**
 * Validate ballots against who sits on the Council (Charter Art. 27(1); spec R18):
 * a ballot from a state without a seat is refused (`not-a-council-member`, invitees cannot
 * vote: Rule 38), an unknown value is `invalid-ballot`, a seat with no ballot is absent.
 * The tally therefore always sums to the seat count.
 */
export function validateBallots(composition: Composition, ballots: Readonly<Record<StateCode, unknown>>): Result<BallotSheet, BallotError> {
  const seated = seatIndex(composition);
  if (!seated.ok) return seated;
  const { index, thresholds, permanentMask } = seated.value;
  const seats = composition.seats;
  const codes = new Uint8Array(seats.length).fill(BALLOT_ABSENT);
  const list: Ballot[] = new Array<Ballot>(seats.length).fill('absent');
  for (const code in ballots) {
    if (!Object.hasOwn(ballots, code)) continue;
    const i = index.get(code);
    if (i === undefined) {
      return err({
        code: 'not-a-council-member',
        message: `${code} does not sit on the Council on ${composition.date} and cannot vote`,
        rule: 'Charter Art. 27(1)',
      });
    }
    const value = ballots[code];
    if (!isBallot(value)) {
      return err({
        code: 'invalid-ballot',
        message: `${code}: "${describeValue(value)}" is not a ballot (yes, no, abstain, non-participation, absent)`,
        rule: 'spec R18',
      });
    }
    codes[i] = CODE_OF[value];
    list[i] = value;
  }
  return ok({ seats, thresholds, codes, permanentMask, ballots: list, tally: tallyBallots(list) });
}

/** The count of the ballots cast (spec R18): how a board shows a vote, before and after it is decided. */
export function tallyBallots(ballots: Iterable<Ballot>): Tally {
  const tally: Tally = { yes: 0, no: 0, abstain: 0, nonParticipation: 0, absent: 0 };
  for (const b of ballots) {
    if (b === 'non-participation') tally.nonParticipation++;
    else tally[b]++;
  }
  return tally;
}
