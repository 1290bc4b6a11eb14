/**
 * The outcome of a vote in words, built from the engine's structured Decision so it reads
 * the same in every language: "Adopted 10-3-2, procedural" and "procedural, no veto applies",
 * "Not adopted: vetoed by China", "Not adopted: 8 of 9 votes".
 */
import type { Translate } from '../i18n/index.js';
import type { Decision, Matter } from './view.js';

export interface OutcomeWords {
  /** e.g. "Adopted 10-3-2, procedural" */
  headline: string;
  /** e.g. "procedural, no veto applies" */
  reason: string;
}

export function tallyText(tally: Decision['tally']): string {
  return `${tally.yes}-${tally.no}-${tally.abstain}`;
}

export function matterWord(matter: Matter | null, t: Translate): string {
  return matter === 'procedural' ? t('matter.procedural') : matter === 'non-procedural' ? t('matter.nonProcedural') : '';
}

export function outcomeWords(
  decision: Decision,
  matter: Matter | null,
  t: Translate,
  names: (codes: string[]) => string,
): OutcomeWords {
  const tally = tallyText(decision.tally);
  const kind = matterWord(matter, t);
  const adopted = decision.outcome === 'adopted';
  const headline = kind
    ? t(adopted ? 'outcome.adoptedWithMatter' : 'outcome.notAdoptedWithMatter', { tally, matter: kind })
    : t(adopted ? 'outcome.adopted' : 'outcome.notAdopted', { tally });
  return { headline, reason: reasonText(decision, matter, t, names) };
}

function reasonText(decision: Decision, matter: Matter | null, t: Translate, names: (codes: string[]) => string): string {
  const { yes } = decision.tally;
  switch (decision.reason) {
    case 'threshold-met':
      return matter === 'procedural'
        ? t('reason.proceduralMet', { yes, required: decision.required })
        : t('reason.substantiveMet', { yes, required: decision.required });
    case 'insufficient-votes':
      return t('reason.insufficient', { yes, required: decision.required });
    case 'veto':
      return t('reason.veto', { names: names(decision.vetoedBy) });
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
