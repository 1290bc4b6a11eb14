import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, CouncilSeat, StateCode, Tally } from '../types.js';
import { validateComposition } from './composition.js';
import type { ScThresholds } from './thresholds.js';
import { BALLOT_ABSENT, BALLOT_ABSTAIN, BALLOT_NO, BALLOT_NON_PARTICIPATION, BALLOT_YES } from './core.js';

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

/**
 * Validate ballots against who sits on the Council (Charter Art. 27(1); spec R18):
 * a ballot from a state without a seat is refused (`not-a-council-member`, invitees cannot
 * vote: Rule 38), an unknown value is `invalid-ballot`, a seat with no ballot is absent.
 * The tally therefore always sums to the seat count.
 */
export function validateBallots(
  composition: Composition,
  ballots: Readonly<Record<StateCode, unknown>>,
): Result<BallotSheet, RuleError> {
  const valid = validateComposition(composition);
  if (!valid.ok) return valid;
  const seats = composition.seats;
  const index = new Map<string, number>();
  seats.forEach((s, i) => index.set(s.code, i));
  for (const [code, value] of Object.entries(ballots)) {
    if (!index.has(code)) {
      return err({
        code: 'not-a-council-member',
        message: `${code} does not sit on the Council on ${composition.date} and cannot vote`,
        rule: 'Charter Art. 27(1)',
      });
    }
    if (!isBallot(value)) {
      return err({
        code: 'invalid-ballot',
        message: `${code}: "${String(value)}" is not a ballot (yes, no, abstain, non-participation, absent)`,
        rule: 'spec R18',
      });
    }
  }
  const codes = new Uint8Array(seats.length);
  const list: Ballot[] = [];
  const tally: Tally = { yes: 0, no: 0, abstain: 0, nonParticipation: 0, absent: 0 };
  let permanentMask = 0;
  seats.forEach((seat, i) => {
    const ballot = (ballots[seat.code] as Ballot | undefined) ?? 'absent';
    list.push(ballot);
    codes[i] = CODE_OF[ballot];
    if (seat.permanent) permanentMask |= 1 << i;
    if (ballot === 'non-participation') tally.nonParticipation++;
    else tally[ballot]++;
  });
  return ok({ seats, thresholds: valid.value, codes, permanentMask, ballots: list, tally });
}
