/**
 * What the President says after a vote (spec R21 outcome wording, R27): the result of the
 * voting, then what it means for the question. Committees approve or reject (spec R55).
 */
import type { VoteRecorded, SessionBody } from '../sessions/events.js';
import type { Draft } from '../sessions/state.js';
import { numberWord } from './format.js';

const plural = (n: number, one: string, many: string) => `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;

/** "11 votes in favour, 2 against and 2 abstentions". */
export function resultOfVoting(v: VoteRecorded): string {
  const t = v.tally;
  const parts = [plural(t.yes, 'vote in favour', 'votes in favour'), `${t.no === 0 ? 'none' : t.no} against`];
  if (t.abstain > 0) parts.push(plural(t.abstain, 'abstention', 'abstentions'));
  const last = parts.pop()!;
  return `${parts.join(', ')} and ${last}`;
}

function textName(v: VoteRecorded, draft: Draft | undefined): string {
  switch (v.subject.kind) {
    case 'agenda':
      return 'The provisional agenda';
    case 'invitation':
      return 'The proposal to invite';
    case 'motion':
      return `The motion to ${v.subject.motion.replace('-', ' ')}`;
    case 'draft':
      if (draft?.amends !== undefined) return `The amendment${draft.symbol ? ` contained in document ${draft.symbol}` : ''}`;
      return `The draft resolution${draft?.symbol ? ` contained in document ${draft.symbol}` : ''}`;
    case 'other':
      return 'The proposal';
  }
}

/** The President's announcement of the outcome, in the Council's customary words. */
export function announcement(v: VoteRecorded, body: SessionBody, draft?: Draft): string {
  const what = textName(v, draft);
  const d = v.decision;
  // A Main Committee approves or rejects a recommendation to the plenary (GA rule 125; spec R55).
  if (body === 'ga-third-committee' || body === 'ga-main-committee') {
    return `${what} was ${d.outcome === 'adopted' ? 'approved' : 'rejected'}.`;
  }
  if (d.outcome === 'adopted') {
    return `${what} has been adopted${v.resolution ? ` as resolution ${v.resolution.replace(/^A\/RES\//, '').replace(/^S\/RES\//, '')}` : ''}.`;
  }
  if (body !== 'security-council') return `${what} has been rejected.`;
  if (d.reason === 'veto') {
    const n = d.vetoedBy.length;
    return `${what} has not been adopted, owing to the negative vote of ${n === 1 ? 'a permanent member' : `${numberWord(n)} permanent members`} of the Council.`;
  }
  return `${what} has not been adopted, having failed to obtain the required number of votes.`;
}
