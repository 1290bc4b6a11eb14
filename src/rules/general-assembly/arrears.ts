import { err, ok, type Result, type RuleError } from '../result.js';
import type { StateCode } from '../types.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const GA_ARREARS_ERRORS = ['not-a-member', 'art19-no-vote'] as const;
export type GaArrearsError = RuleError<(typeof GA_ARREARS_ERRORS)[number]>;

/**
 * Charter Art. 19 (spec R51; T47): a Member in arrears of two full years' contributions has
 * no vote in the GA unless the Assembly permits it; its ballot is refused (`art19-no-vote`)
 * and counted nowhere. Observers never vote.
 */
export function checkGaVotingRight(
  code: StateCode,
  standing: { members: ReadonlySet<StateCode> | readonly StateCode[]; inArrears: readonly StateCode[]; exempted?: readonly StateCode[] },
): Result<true, GaArrearsError> {
  const isMember = Array.isArray(standing.members) ? standing.members.includes(code) : (standing.members as ReadonlySet<StateCode>).has(code);
  if (!isMember) return err({ code: 'not-a-member', message: `${code} is not a Member of the United Nations and cannot vote`, rule: 'Charter Art. 18(1)' });
  if (standing.inArrears.includes(code) && !(standing.exempted ?? []).includes(code)) {
    return err({ code: 'art19-no-vote', message: `${code} is in arrears under Charter Art. 19 and has no vote`, rule: 'Charter Art. 19' });
  }
  return ok(true);
}
