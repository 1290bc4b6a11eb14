import { err, ok, type Result, type RuleError } from '../result.js';
import type { Composition, StateCode } from '../types.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const CONVENING_ERRORS = ['not-a-council-member'] as const;
export type ConveningError = RuleError<(typeof CONVENING_ERRORS)[number]>;

export interface MeetingObligation {
  meetingRequired: boolean;
  rules: string[];
  explanation: string;
}

/**
 * Rule 2 (spec R9; T26): the President shall call a meeting at the request of any single
 * Council member; no support threshold. A non-member's letter falls under Rule 3 instead.
 */
export function ruleTwoRequest(composition: Composition, requester: StateCode): Result<MeetingObligation, ConveningError> {
  if (!composition.seats.some((s) => s.code === requester)) {
    return err({
      code: 'not-a-council-member',
      message: `${requester} is not a Council member; Rule 2 requests come from members (see Rule 3)`,
      rule: 'Rule 2',
    });
  }
  return ok({
    meetingRequired: true,
    rules: ['Rule 2', 'spec R9'],
    explanation: `${requester} requests a meeting: the President must call one; the date is at the President's discretion within Rule 1.`,
  });
}
