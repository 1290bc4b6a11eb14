import { err, ok, type Result, type RuleError } from '../result.js';
import type { Composition } from '../types.js';
import { scThresholds, type ScThresholds } from './thresholds.js';
import { THRESHOLD_ERRORS } from './thresholds.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const COMPOSITION_ERRORS = ['invalid-composition', 'invalid-state-code', ...THRESHOLD_ERRORS] as const;
export type CompositionError = RuleError<(typeof COMPOSITION_ERRORS)[number]>;

const STATE_CODE = /^[A-Z]{3}$/;

/**
 * Check a Council composition (spec R1, R3; Charter Art. 23): 11 or 15 seats, exactly five
 * of them permanent, each held by a distinct state with a three-letter code.
 */
export function validateComposition(composition: Composition): Result<ScThresholds, CompositionError> {
  const sized = scThresholds(composition.seats.length);
  if (!sized.ok) return sized;
  const seen = new Set<string>();
  let permanent = 0;
  for (const seat of composition.seats) {
    if (!STATE_CODE.test(seat.code)) {
      return err({ code: 'invalid-state-code', message: `"${seat.code}" is not a three-letter state code`, rule: 'spec R1' });
    }
    if (seen.has(seat.code)) {
      return err({ code: 'invalid-composition', message: `${seat.code} holds two seats`, rule: 'Charter Art. 23(1)' });
    }
    seen.add(seat.code);
    if (seat.permanent) permanent++;
  }
  if (permanent !== 5) {
    return err({
      code: 'invalid-composition',
      message: `the Council has five permanent members, this composition has ${permanent}`,
      rule: 'Charter Art. 23(1)',
    });
  }
  return ok(sized.value);
}
