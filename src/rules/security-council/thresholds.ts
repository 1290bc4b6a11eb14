import { err, ok, type Result, type RuleError } from '../result.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const THRESHOLD_ERRORS = ['invalid-composition'] as const;
export type ThresholdError = RuleError<(typeof THRESHOLD_ERRORS)[number]>;

/** The vote counts a Council of a given size works with (spec R3, R26). */
export interface ScThresholds {
  seats: 11 | 15;
  /** Affirmative votes for any decision: Art. 27(2)-(3). */
  affirmative: 7 | 9;
  /** Absolute majority of the members, used for ICJ elections (ICJ Statute Art. 10). */
  absoluteMajority: 6 | 8;
  permanent: 5;
  elected: 6 | 10;
}

const ELEVEN: ScThresholds = Object.freeze({ seats: 11, affirmative: 7, absoluteMajority: 6, permanent: 5, elected: 6 });
const FIFTEEN: ScThresholds = Object.freeze({ seats: 15, affirmative: 9, absoluteMajority: 8, permanent: 5, elected: 10 });

/**
 * Thresholds keyed on seat count, not date (spec R3 and Q1): the 1963 amendment to
 * Charter Art. 23 and 27 (in force 31 Aug 1965) took effect with the enlarged Council on
 * 1 Jan 1966, so an 11-seat Council needs 7 votes and a 15-seat one 9.
 */
export function scThresholds(seatCount: number): Result<ScThresholds, ThresholdError> {
  if (seatCount === 15) return ok(FIFTEEN);
  if (seatCount === 11) return ok(ELEVEN);
  return err({
    code: 'invalid-composition',
    message: `a Security Council has 11 seats (before 1966) or 15 (since), not ${seatCount}`,
    rule: 'Charter Art. 23(1)',
  });
}
