/**
 * The allocation-free heart of Security Council voting (Charter Art. 27(2)-(3); spec R20-R22,
 * R26). Ballots are small integers in a typed array indexed by seat; permanent seats are a
 * bitmask. One call returns one packed integer, so millions of decisions need no garbage.
 * Everything readable (names, explanation, trace) is built around it in decide-vote.ts.
 */

export const BALLOT_YES = 0;
export const BALLOT_NO = 1;
export const BALLOT_ABSTAIN = 2;
export const BALLOT_NON_PARTICIPATION = 3;
export const BALLOT_ABSENT = 4;

export const OUTCOME_ADOPTED = 0;
export const OUTCOME_INSUFFICIENT = 1;
export const OUTCOME_VETO = 2;

/** Spec R22 switches and Q4, as bits. */
export const FLAG_ABSENCE_IS_VETO = 1;
export const FLAG_NON_PARTICIPATION_IS_VETO = 2;
export const FLAG_NO_BELOW_THRESHOLD_IS_VETO = 4;

/**
 * Decide one vote. `procedural` true means no veto applies (Art. 27(2) questions, and ICJ
 * elections, where `threshold` is the absolute majority). `exemptMask` marks seats whose
 * ballot can never veto (parties obliged to abstain under Art. 27(3), strict mode).
 *
 * Order of tests (spec R21): affirmative votes first, then the veto, so permanent noes on a
 * draft that lacked votes are not vetoes unless FLAG_NO_BELOW_THRESHOLD_IS_VETO is set.
 *
 * Returns `outcome | vetoMask << 2 | yes << 18`; read it with the helpers below.
 */
export function decideScCore(
  ballots: Uint8Array,
  seatCount: number,
  permanentMask: number,
  threshold: number,
  procedural: boolean,
  flags: number,
  exemptMask: number,
): number {
  let yes = 0;
  let vetoMask = 0;
  for (let i = 0; i < seatCount; i++) {
    const b = ballots[i]!;
    if (b === BALLOT_YES) {
      yes++;
    } else if (((permanentMask >>> i) & 1) === 1 && ((exemptMask >>> i) & 1) === 0) {
      if (
        b === BALLOT_NO ||
        (b === BALLOT_ABSENT && (flags & FLAG_ABSENCE_IS_VETO) !== 0) ||
        (b === BALLOT_NON_PARTICIPATION && (flags & FLAG_NON_PARTICIPATION_IS_VETO) !== 0)
      ) {
        vetoMask |= 1 << i;
      }
    }
  }
  let outcome: number;
  if (procedural) outcome = yes >= threshold ? OUTCOME_ADOPTED : OUTCOME_INSUFFICIENT;
  else if (yes < threshold) {
    outcome = vetoMask !== 0 && (flags & FLAG_NO_BELOW_THRESHOLD_IS_VETO) !== 0 ? OUTCOME_VETO : OUTCOME_INSUFFICIENT;
  } else outcome = vetoMask !== 0 ? OUTCOME_VETO : OUTCOME_ADOPTED;
  return outcome | (procedural ? 0 : vetoMask << 2) | (yes << 18);
}

export const coreOutcome = (packed: number): number => packed & 3;
/** Seats whose ballot counted as a veto (whether or not the draft failed for that reason). */
export const coreVetoMask = (packed: number): number => (packed >>> 2) & 0xffff;
export const coreYes = (packed: number): number => packed >>> 18;
