/**
 * The outcome of a vote in words, built from the engine's structured Decision so it reads
 * the same in every language: "Adopted 10-3-2, procedural" and "procedural, no veto applies",
 * "Not adopted: vetoed by China", "Not adopted: 8 of 9 votes".
 */
import type { Translate } from '../i18n/types.js';
import type { Decision, Matter } from './view.js';

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
): OutcomeWords {
  const tally = tallyText(decision.tally, t);
  if (assembly) {
    const { yes, no } = decision.tally;
    const headline = t(decision.outcome === 'adopted' ? 'outcome.adopted' : 'outcome.notAdopted', { tally });
    const reason =
      decision.reason === 'tie'
        ? t('reason.tie')
        : t(assembly.majority === 'two-thirds' ? 'reason.gaTwoThirds' : 'reason.gaSimple', { yes, no });
    return { headline, reason };
  }
  const kind = matterWord(matter, t);
  const adopted = decision.outcome === 'adopted';
  const headline = kind
    ? t(adopted ? 'outcome.adoptedWithMatter' : 'outcome.notAdoptedWithMatter', { tally, matter: kind })
    : t(adopted ? 'outcome.adopted' : 'outcome.notAdopted', { tally });
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

/** The question as the reader's language puts it: standard questions are translated, others shown as typed. */
export function questionText(vote: { question: string; subject: { kind: string } }, t: Translate): string {
  return vote.subject.kind === 'agenda' ? t('flow.agendaQuestion') : vote.question;
}
