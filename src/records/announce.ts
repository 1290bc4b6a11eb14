/**
 * What the President says after a vote (spec R21 outcome wording, R27): the result of the
 * voting, then what it means for the question. Committees approve or reject (spec R55).
 * In any of the six languages (src/records/lang).
 */
import type { VoteRecorded, SessionBody } from '../sessions/events.js';
import type { Draft } from '../sessions/state.js';
import { outcomeWording } from '../rules/bodies/profile.js';
import { numberWord } from './format.js';
import { words as wordsIn, type Words } from './lang/index.js';

/** "The result of the voting is as follows: 11 votes in favour, 2 against and 2 abstentions." */
export function resultOfVoting(v: VoteRecorded, w: Words = wordsIn('en')): string {
  return w.t('result', { yes: v.tally.yes, no: v.tally.no, abstain: v.tally.abstain });
}

/** A motion's closed kind as the catalogues select on it ('adjourn-debate' → 'adjournDebate'). */
const motionKey = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The subject as the announcement names it, and the key languages agree the verb with. */
function textName(v: VoteRecorded, draft: Draft | undefined, w: Words): { what: string; subject: string } {
  const symbol = draft?.symbol ? { hasSymbol: 'yes', symbol: draft.symbol } : { hasSymbol: 'no', symbol: '' };
  switch (v.subject.kind) {
    case 'agenda':
      return { what: w.t('what.agenda'), subject: 'agenda' };
    case 'invitation':
      return { what: w.t('what.invitation'), subject: 'invitation' };
    case 'motion':
      return {
        what: w.t('what.motion', { motion: motionKey(v.subject.motion) }),
        subject: 'motion',
      };
    case 'draft':
      if (draft?.amends !== undefined) return { what: w.t('what.amendment', symbol), subject: 'amendment' };
      return { what: w.t('what.draft', symbol), subject: 'draft' };
    case 'division':
      return { what: w.t('what.division'), subject: 'motion' };
    case 'part':
      return {
        what: v.subject.part ? w.t('what.part', { kind: v.subject.part.part, n: v.subject.part.index + 1 }) : w.t('what.other'),
        subject: 'part',
      };
    case 'other':
      return { what: w.t('what.other'), subject: 'other' };
  }
}

/** The President's announcement of the outcome, in the Council's customary words. */
export function announcement(v: VoteRecorded, body: SessionBody, draft?: Draft, w: Words = wordsIn('en')): string {
  const { what, subject } = textName(v, draft, w);
  const d = v.decision;
  // A separately voted paragraph is retained or not retained (GA rule 89; Rule 32), whatever the body's word for a text.
  if (subject === 'part') return w.t('ann.part', { what, retained: d.outcome === 'adopted' ? 'yes' : 'no' });
  // A Main Committee approves or rejects a recommendation to the plenary (GA rule 125; spec R55): the body's word, from the rules.
  if (outcomeWording(body) === 'approve') return w.t(d.outcome === 'adopted' ? 'ann.approved' : 'ann.committeeRejected', { what, subject });
  if (d.outcome === 'adopted') {
    const resolution = v.resolution ? v.resolution.replace(/^A\/RES\//, '').replace(/^S\/RES\//, '') : '';
    return w.t('ann.adopted', { what, subject, hasResolution: resolution ? 'yes' : 'no', resolution });
  }
  if (body !== 'security-council') return w.t('ann.rejected', { what, subject });
  if (d.reason === 'veto') return w.t('ann.veto', { what, subject, n: d.vetoedBy.length, nWord: numberWord(d.vetoedBy.length) });
  return w.t('ann.failed', { what, subject });
}
