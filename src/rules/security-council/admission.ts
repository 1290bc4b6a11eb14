import { ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, Decision, StateCode } from '../types.js';
import { decideScVote } from './decide-vote.js';
import type { ScOptions } from './options.js';

export interface AdmissionRecommendation {
  recommended: boolean;
  decision: Decision;
  /** Rule 60: without a recommendation the Council sends the GA a special report with the record. */
  specialReportRequired: boolean;
}

/**
 * Recommending a state for admission (Charter Art. 4(2); Rules 58-60; spec R34): a
 * non-procedural decision, so the veto applies; the GA then decides by two-thirds. If the
 * Council does not recommend, Rule 60 requires a special report to the Assembly.
 */
export function decideAdmissionRecommendation(
  composition: Composition,
  ballots: Readonly<Record<StateCode, Ballot>>,
  options: Partial<ScOptions> = {},
): Result<AdmissionRecommendation, RuleError> {
  const vote = decideScVote({ composition, matter: 'non-procedural', ballots }, options);
  if (!vote.ok) return vote;
  const recommended = vote.value.outcome === 'adopted';
  const decision: Decision = { ...vote.value, rules: [...vote.value.rules, 'Charter Art. 4(2)', 'Rule 60', 'spec R34'] };
  return ok({ recommended, decision, specialReportRequired: !recommended });
}
