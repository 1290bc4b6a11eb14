import { err, ok, type Result, type RuleError } from '../result.js';
import type { IsoDate, RuleWarning, StateCode } from '../types.js';

/** An elected seat held for a period (a split term is one year). */
export interface ElectedTerm {
  code: StateCode;
  from: IsoDate;
  to: IsoDate;
}

/**
 * Charter Art. 23(2) (spec R2): a retiring member, one whose elected term ends on 31 December
 * of the election year, is not eligible for immediate re-election. Permanent members do not
 * stand. A state that sat out a year is eligible again.
 */
export function checkElectionEligibility(
  candidate: StateCode,
  electionYear: number,
  council: { permanent: readonly StateCode[]; terms: readonly ElectedTerm[] },
): Result<true, RuleError> {
  if (council.permanent.includes(candidate)) {
    return err({ code: 'permanent-member', message: `${candidate} is a permanent member and does not stand for election`, rule: 'Charter Art. 23(1)' });
  }
  const retiring = council.terms.some((t) => t.code === candidate && t.to === `${electionYear}-12-31`);
  if (retiring) {
    return err({
      code: 'ineligible-retiring-member',
      message: `${candidate}'s term ends on 31 December ${electionYear}: a retiring member is not eligible for immediate re-election`,
      rule: 'Charter Art. 23(2)',
    });
  }
  return ok(true);
}

export type RegionalGroup = 'african-asian' | 'eastern-european' | 'latin-american-caribbean' | 'western-european-other';

/** GA res 1991 A (XVIII) para. 3: the ten elected seats by region. */
export const GEOGRAPHIC_PATTERN: Readonly<Record<RegionalGroup, number>> = {
  'african-asian': 5,
  'eastern-european': 1,
  'latin-american-caribbean': 2,
  'western-european-other': 2,
};

/**
 * The geographical pattern is a political agreement, not a legal bar (spec R2): deviations
 * are warnings (`geo-pattern-deviation`), never errors.
 */
export function checkGeographicPattern(elected: Readonly<Record<RegionalGroup, number>>): RuleWarning[] {
  return (Object.keys(GEOGRAPHIC_PATTERN) as RegionalGroup[])
    .filter((g) => (elected[g] ?? 0) !== GEOGRAPHIC_PATTERN[g])
    .map((g) => ({
      code: 'geo-pattern-deviation',
      message: `${g}: ${elected[g] ?? 0} elected seats, the agreed pattern has ${GEOGRAPHIC_PATTERN[g]}`,
      rule: 'GA res 1991 A (XVIII) para. 3',
    }));
}
