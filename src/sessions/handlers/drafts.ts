/**
 * Drafts and amendments (spec R30, R31, R58): submitted in writing with sponsors,
 * withdrawable before the vote; amendments take the class of the text they amend.
 */
import { event, type ParagraphRef } from '../events.js';
import { isMember, type Draft } from '../state.js';
import { activeDivision, textOfDivisionVote } from './division.js';
import {
  actingState,
  clean,
  emit,
  first,
  isChair,
  isSecurityCouncil,
  nothing,
  refuse,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

export const submitDraft: Handler<'submit-draft'> = (state, c) => {
  const me = actingState(c);
  if (me !== null && !isMember(state, me) && state.session!.members.length > 0) {
    // Rule 38 proposals by invitees are only voted at a member's request: not modelled, so refused.
    return refuse('not-a-council-member', `${me} is not a member and cannot table a text here`, 'Rule 38');
  }
  if (me !== null && !c.sponsors.includes(me)) return refuse('not-your-ballot', `${me} can only table a text it sponsors`);
  const denied = first(requireOpen(state, 'table a text'), requireNoVote(state, 'table a text'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (isSecurityCouncil(state)) {
    if (state.session!.format === 'consultations' || state.session!.format === 'arria') {
      return refuse('no-voting-in-informal-format', 'texts are put to the vote only in formal meetings', 'spec R42');
    }
    if (state.agenda.status !== 'adopted')
      return refuse('agenda-not-adopted', 'the Council cannot take up texts before adopting the agenda', 'spec R13');
  }
  if (state.drafts.some((d) => d.draftId === c.draftId)) return refuse('draft-exists', `a text with id ${c.draftId} was already tabled`);
  let matter = c.matter ?? 'non-procedural';
  let majority = c.majority;
  if (c.amends !== undefined) {
    const target = state.drafts.find((d) => d.draftId === c.amends);
    if (target?.status !== 'submitted') return refuse('unknown-draft', `no pending text ${c.amends} to amend`);
    // R31: an amendment needs the majority of the text it amends.
    matter = target.matter;
    majority = target.majority;
    // The parts of a division are named on the text as it stands: no new amendment once one is asked (Rule 32; GA rule 89).
    const divided = activeDivision(state, target.draftId);
    if (divided) return refuse('division-pending', `${target.draftId} is being divided: its parts are voted first`, divided.rule);
    const wrong = paragraphProblem(target, c.paragraph, c.change ?? 'revise', c.text);
    if (wrong) return refuse('invalid-command', wrong, 'Rule 36');
  } else if (c.paragraph !== undefined || c.text !== undefined) {
    return refuse('invalid-command', 'paragraph and text belong to an amendment: say which text it amends (amends)');
  }
  return emit(
    event(
      'draft-submitted.v1',
      clean({
        ...stamp(c),
        draftId: c.draftId,
        symbol: c.symbol,
        title: c.title,
        sponsors: c.sponsors,
        matter,
        majority,
        amends: c.amends,
        change: c.amends !== undefined ? (c.change ?? 'revise') : undefined,
        distance: c.distance,
        seq: state.drafts.length + 1,
        preambular: c.preambular,
        operative: c.operative,
        paragraph: c.paragraph,
        text: c.text,
      }),
    ),
  );
};

/** Rule 35: a text may be withdrawn any time before it is voted on. */
export const withdrawDraft: Handler<'withdraw-draft'> = (state, c) => {
  const d = state.drafts.find((x) => x.draftId === c.draftId);
  if (!d) return refuse('unknown-draft', `no text ${c.draftId}`);
  if (d.status !== 'submitted') return refuse('already-decided', `${c.draftId} is ${d.status}`);
  const me = actingState(c);
  if (!isChair(c) && (me === null || !d.sponsors.includes(me)))
    return refuse('not-your-ballot', 'only a sponsor may withdraw its text', 'Rule 35');
  if (
    (state.openVote?.subject.kind === 'draft' && state.openVote.subject.draftId === c.draftId) ||
    textOfDivisionVote(state) === c.draftId
  ) {
    return refuse('vote-in-progress', 'the text is being voted on', 'Rule 35');
  }
  return emit(event('draft-withdrawn.v1', { ...stamp(c), draftId: c.draftId }));
};

/** Does an amendment's target paragraph exist (or, to add one, is the place within the text), with the wording it needs? */
function paragraphProblem(
  target: Draft,
  paragraph: ParagraphRef | undefined,
  change: 'add' | 'delete' | 'revise',
  text: string | undefined,
): string | null {
  if (paragraph === undefined) return text === undefined ? null : 'paragraph: say which paragraph the new wording is for';
  const count = (target[paragraph.part] ?? []).length;
  const limit = change === 'add' ? count : count - 1;
  if (paragraph.index > limit) return `${target.draftId} has ${count} ${paragraph.part} paragraph${count === 1 ? '' : 's'}`;
  if (change === 'delete' && text !== undefined) return 'a deletion has no new wording';
  if (change !== 'delete' && text === undefined) return 'text: the paragraph as the amendment would have it';
  return null;
}

/** A delegation adds its name to a pending text's sponsors (co-sponsorship is practice [P]; only members table texts here, Rule 38). */
export const cosponsorDraft: Handler<'cosponsor-draft'> = (state, c) => {
  const me = actingState(c);
  if (me === null) return refuse('not-your-ballot', 'a delegation co-sponsors for itself');
  if (!isMember(state, me) && state.session!.members.length > 0) return refuse('not-a-council-member', `${me} is not a member`, 'Rule 38');
  const d = state.drafts.find((x) => x.draftId === c.draftId);
  if (!d) return refuse('unknown-draft', `no text ${c.draftId}`);
  if (d.status !== 'submitted') return refuse('already-decided', `${c.draftId} is ${d.status}`);
  if (d.sponsors.includes(me) || d.cosponsors?.includes(me)) return nothing();
  return emit(event('draft-cosponsored.v1', { ...stamp(c), draftId: c.draftId, member: me }));
};
