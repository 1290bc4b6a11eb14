/**
 * The outcome of a vote in words, built from the engine's structured Decision so it reads
 * the same in every language: "Adopted 10-3-2, procedural" and "procedural, no veto applies",
 * "Not adopted: vetoed by China", "Not adopted: 8 of 9 votes".
 */
import { CAUCUS_PRACTICE, outcomeWord } from '../../../src/rules/index.js';
import type { Translate } from '../i18n/types.js';
import type { Decision, Matter, SessionState } from './view.js';

/** The body whose wording applies: a Main Committee approves or rejects, the others adopt (src/rules/bodies/profile.ts). */
export type OutcomeBody = NonNullable<SessionState['session']>['body'] | null | undefined;

const HEADLINE = {
  adopted: 'outcome.adopted',
  'not-adopted': 'outcome.notAdopted',
  approved: 'outcome.approved',
  rejected: 'outcome.rejected',
} as const;
const CENTRE = {
  adopted: 'board.centreAdopted',
  'not-adopted': 'board.centreNotAdopted',
  approved: 'board.centreApproved',
  rejected: 'board.centreRejected',
} as const;

/** "Adopted 10-3-2", or in a Main Committee "Approved 111-19-55" / "Rejected 40-77-50": the body's word, from the rules. */
export function verdictText(decision: Decision, t: Translate, body: OutcomeBody): string {
  return t(HEADLINE[outcomeWord(body, decision.outcome)], { tally: tallyText(decision.tally, t) });
}

/** The one word in the middle of the board: "Adopted", "Approved", ... */
export function centreWord(decision: Decision, t: Translate, body: OutcomeBody): string {
  return t(CENTRE[outcomeWord(body, decision.outcome)]);
}

export interface OutcomeWords {
  /** e.g. "Adopted 10-3-2, procedural" */
  headline: string;
  /** e.g. "procedural, no veto applies" */
  reason: string;
}

/**
 * "10-3-2". Right-to-left catalogues wrap {tally} in U+2066 … U+2069 so it stays one
 * left-to-right unit, and join it with a non-breaking hyphen so a line never splits it.
 */
export function tallyText(tally: Decision['tally'], t?: Translate): string {
  const sep = t ? t('tally.separator') : '-';
  return `${tally.yes}${sep}${tally.no}${sep}${tally.abstain}`;
}

export function matterWord(matter: Matter | null, t: Translate): string {
  return matter === 'procedural' ? t('matter.procedural') : matter === 'non-procedural' ? t('matter.nonProcedural') : '';
}

/** A General Assembly (plenary or committee) vote: decided by a majority of those present and voting (Art. 18). */
export interface AssemblyVote {
  majority: 'simple' | 'two-thirds';
}

export function outcomeWords(
  decision: Decision,
  matter: Matter | null,
  t: Translate,
  /** The vetoing members as the language puts them after "veto" ("de la Chine", "Китая"). */
  vetoers: (codes: string[]) => string,
  assembly?: AssemblyVote,
  /** The session's body: its word for the outcome (a Main Committee approves). */
  body?: OutcomeBody,
): OutcomeWords {
  const tally = tallyText(decision.tally, t);
  // A Model UN caucus motion: a simple majority of the members present (practice: Model UN).
  if (decision.rules[0] === CAUCUS_PRACTICE) {
    const reason =
      decision.reason === 'tie' ? t('reason.tie') : t('reason.caucusMajority', { yes: decision.tally.yes, required: decision.required });
    return { headline: verdictText(decision, t, body), reason };
  }
  if (assembly) {
    const { yes, no } = decision.tally;
    const headline = verdictText(decision, t, body);
    const reason =
      decision.reason === 'tie'
        ? t('reason.tie')
        : t(assembly.majority === 'two-thirds' ? 'reason.gaTwoThirds' : 'reason.gaSimple', { yes, no });
    return { headline, reason };
  }
  const kind = matterWord(matter, t);
  const adopted = decision.outcome === 'adopted';
  // A body that adopts may name the kind of question; a Main Committee's word stands alone.
  const adopts = outcomeWord(body, decision.outcome) === decision.outcome;
  const headline =
    kind && adopts
      ? t(adopted ? 'outcome.adoptedWithMatter' : 'outcome.notAdoptedWithMatter', { tally, matter: kind })
      : verdictText(decision, t, body);
  return { headline, reason: reasonText(decision, matter, t, vetoers) };
}

function reasonText(decision: Decision, matter: Matter | null, t: Translate, vetoers: (codes: string[]) => string): string {
  const { yes } = decision.tally;
  switch (decision.reason) {
    case 'threshold-met':
      return matter === 'procedural'
        ? t('reason.proceduralMet', { yes, required: decision.required })
        : t('reason.substantiveMet', { yes, required: decision.required });
    case 'insufficient-votes':
      return t('reason.insufficient', { yes, required: decision.required });
    case 'veto':
      return t('reason.veto', { vetoers: vetoers(decision.vetoedBy) });
    case 'objection':
      return t('reason.objection');
    case 'consensus':
      return t('reason.consensus');
    case 'tie':
      return t('reason.tie');
    default:
      return decision.explanation;
  }
}

/** The question as the reader's language puts it: standard and keyed questions are translated, others shown as typed. */
export function questionText(
  vote: { question: string; subject: { kind: string } },
  t: Translate,
  known: (text: string) => string = (text) => text,
): string {
  return vote.subject.kind === 'agenda' ? t('flow.agendaQuestion') : known(vote.question);
}
