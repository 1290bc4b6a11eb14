import { err, ok, type Result, type RuleError } from '../result.js';
import type { Composition, StateCode } from '../types.js';
import { namesOf } from '../explain.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const CONSENSUS_ERRORS = ['not-a-council-member'] as const;
export type ConsensusError = RuleError<(typeof CONSENSUS_ERRORS)[number]>;

export type ConsensusInstrument = 'presidential-statement' | 'press-statement' | 'press-elements' | 'agenda';

export interface ConsensusOutcome {
  outcome: 'adopted' | 'blocked';
  reason: 'consensus' | 'objection';
  objectors: StateCode[];
  rules: string[];
  explanation: string;
}

const LABEL: Record<ConsensusInstrument, string> = {
  'presidential-statement': 'The presidential statement',
  'press-statement': 'The press statement',
  'press-elements': 'The press elements',
  agenda: 'The provisional agenda',
};

/**
 * Decisions taken without a vote (spec R32; agenda: Rule 9, spec R13): by practice a
 * presidential or press statement needs every member's agreement, so one objection blocks
 * it. An objection to the agenda instead sends it to a procedural vote (spec R13).
 */
export function decideByConsensus(
  composition: Composition,
  instrument: ConsensusInstrument,
  objections: readonly StateCode[],
  nameOf: (code: StateCode) => string = (c) => c,
): Result<ConsensusOutcome, ConsensusError> {
  const seated = new Set(composition.seats.map((s) => s.code));
  const stranger = objections.find((c) => !seated.has(c));
  if (stranger) {
    return err({ code: 'not-a-council-member', message: `${stranger} does not sit on the Council and cannot object`, rule: 'spec R38' });
  }
  const objectors = [...new Set(objections)];
  const rules = instrument === 'agenda' ? ['Rule 9', 'spec R13'] : ['Council practice (S&D ch. 6 s. 8)', 'spec R32'];
  if (objectors.length === 0) {
    return ok({
      outcome: 'adopted',
      reason: 'consensus',
      objectors,
      rules,
      explanation: `${LABEL[instrument]} is adopted without a vote: no member objects.`,
    });
  }
  const tail =
    instrument === 'agenda'
      ? 'it must be put to a procedural vote (nine affirmative votes, no veto).'
      : 'agreement of all members is required, so it does not issue.';
  return ok({
    outcome: 'blocked',
    reason: 'objection',
    objectors,
    rules,
    explanation: `${LABEL[instrument]} is blocked: ${namesOf(objectors, nameOf)} ${objectors.length === 1 ? 'objects' : 'object'}; ${tail}`,
  });
}
