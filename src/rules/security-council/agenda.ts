import { ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, Decision, StateCode } from '../types.js';
import { decideByConsensus } from './consensus.js';
import { decideScVote } from './decide-vote.js';
import { checkVotingAllowed, type CouncilFormat } from './formats.js';
import type { ScOptions } from './options.js';
import { recordAgendaAdoption, type SummaryStatement } from './summary-statement.js';
import { FORMAT_ERRORS } from './formats.js';
import { CONSENSUS_ERRORS } from './consensus.js';
import { SC_VOTE_ERRORS } from './decide-vote.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const AGENDA_ERRORS = ['vote-required', ...FORMAT_ERRORS, ...CONSENSUS_ERRORS, ...SC_VOTE_ERRORS] as const;
export type AgendaError = RuleError<(typeof AGENDA_ERRORS)[number]>;

export interface AgendaAdoptionInput {
  composition: Composition;
  format: CouncilFormat;
  /** Top-level items of the provisional agenda (a sub-item names its general item). */
  items: readonly { title: string; subItemOf?: string }[];
  objectors: readonly StateCode[];
  /** The procedural vote, required when someone objects. */
  ballots?: Readonly<Record<StateCode, Ballot>>;
  statement: SummaryStatement;
}

export interface AgendaAdoption {
  adopted: boolean;
  by: 'no-objection' | 'vote';
  decision?: Decision;
  /** The Summary Statement after the meeting: updated only if the agenda was adopted (spec R15). */
  statement: SummaryStatement;
  explanation: string;
}

/**
 * Adoption of the agenda (Rule 9; spec R13, R15; T1-T5): without objection it is adopted
 * without a vote; an objection leads to a procedural vote (Charter Art. 27(2): nine votes, no
 * veto). Only a formal meeting can do either. If adopted, its items enter or refresh the
 * Summary Statement (Rule 11); if not, the Council cannot take up the item and nothing changes.
 */
export function decideAgendaAdoption(input: AgendaAdoptionInput, options: Partial<ScOptions> = {}): Result<AgendaAdoption, AgendaError> {
  const formal = checkVotingAllowed(input.format);
  if (!formal.ok) return formal;
  const date = input.composition.date;
  const consensus = decideByConsensus(input.composition, 'agenda', input.objectors, options.nameOf);
  if (!consensus.ok) return consensus;
  if (consensus.value.outcome === 'adopted') {
    return ok({
      adopted: true,
      by: 'no-objection',
      statement: recordAgendaAdoption(input.statement, { date, format: input.format, items: input.items }),
      explanation: 'The agenda is adopted without a vote: no member objects (Rule 9).',
    });
  }
  if (!input.ballots) {
    return {
      ok: false,
      error: { code: 'vote-required', message: 'a member objects to the agenda: a procedural vote is needed', rule: 'Rule 9' },
    };
  }
  const vote = decideScVote({ composition: input.composition, matter: 'procedural', ballots: input.ballots }, options);
  if (!vote.ok) return vote;
  const adopted = vote.value.outcome === 'adopted';
  return ok({
    adopted,
    by: 'vote',
    decision: vote.value,
    statement: adopted ? recordAgendaAdoption(input.statement, { date, format: input.format, items: input.items }) : input.statement,
    explanation: `Adoption of the agenda, objected to and put to a procedural vote (Rule 9): ${vote.value.explanation}${adopted ? '' : ' The Council cannot take up the item at this meeting.'}`,
  });
}
