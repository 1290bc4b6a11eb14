import type { Result, RuleError } from '../result.js';
import { decideGaVote, type GaDecision } from './decide-vote.js';

/**
 * Suspension of a Human Rights Council member (GA res 60/251 para. 8; spec R60; T42): two-thirds
 * of the members present and voting, as for an important question.
 */
export function decideHrcSuspension(tally: { yes: number; no: number; abstain: number }): Result<GaDecision, RuleError> {
  const d = decideGaVote({ body: 'general-assembly', majority: 'two-thirds', tally });
  if (d.ok) d.value.rules = ['GA res 60/251 para. 8', ...d.value.rules];
  return d;
}
