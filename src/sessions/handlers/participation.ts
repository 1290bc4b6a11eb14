/**
 * Participation of non-members (spec R35-R39) and the speakers list (R28): invitations
 * under Rules 37 and 39 are proposed by the President after the agenda, agreed without
 * objection or put to a procedural vote; a state may decline; speakers take the floor.
 */
import { decideInvitation, type InvitationBasis } from '../../rules/security-council/invitations.js';
import { event } from '../events.js';
import { composition, isFormal, isMember, isObserver, type Invitation, type SessionState } from '../state.js';
import { debateBarred } from './motions.js';
import {
  actingState,
  clean,
  emit,
  first,
  isChair,
  isSecurityCouncil,
  nothing,
  refuse,
  refusedByRule,
  requireChair,
  requireMemberDelegation,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

const BASIS: Record<Invitation['rule'], InvitationBasis> = { '37': 'rule-37', '39': 'rule-39', special: 'special' };

function invitationsAllowed(state: SessionState): ReturnType<typeof refuse> | null {
  if (!isSecurityCouncil(state))
    return refuse('wrong-phase', 'invitations under Rules 37 and 39 are Security Council procedure', 'Rule 37');
  if (state.session!.format === 'arria')
    return refuse('no-agenda-in-arria', 'Arria-formula meetings issue no formal invitations', 'spec R43');
  if (!isFormal(state)) return refuse('wrong-phase', 'consultations issue no formal invitations', 'spec R42');
  if (state.agenda.status !== 'adopted') return refuse('agenda-not-adopted', 'invitations follow the adoption of the agenda', 'spec R13');
  return null;
}

export const proposeInvitation: Handler<'propose-invitation'> = (state, c) => {
  const denied = first(requireChair(c, 'propose invitations', 'Rule 37'), requireOpen(state, 'invite'), requireNoVote(state, 'invite'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const barred = invitationsAllowed(state);
  if (barred) return barred;
  if (c.rule === '37' && !/^[A-Z]{3}$/.test(c.invitee)) {
    return refuse('invalid-command', 'a Rule 37 invitee is a state: give its three-letter code', 'Rule 37');
  }
  // The rule decides who may be invited at all (a Council member already sits: Rule 37).
  const judged = decideInvitation(composition(state), { invitee: c.invitee, basis: BASIS[c.rule] });
  if (!judged.ok) return refusedByRule(judged.error);
  const existing = state.invitations.find((i) => i.invitee === c.invitee);
  if (existing && existing.status !== 'declined') return refuse('invitation-exists', `${c.invitee} has already been proposed`);
  return emit(event('invitation-proposed.v1', clean({ ...stamp(c), invitee: c.invitee, name: c.name, rule: c.rule, title: c.title })));
};

export const objectToInvitation: Handler<'object-to-invitation'> = (state, c) => {
  const denied = first(
    requireMemberDelegation(state, c, 'object to an invitation'),
    requireOpen(state, 'object'),
    requireNoVote(state, 'object'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const inv = state.invitations.find((i) => i.invitee === c.invitee);
  if (!inv) return refuse('unknown-invitation', `no invitation to ${c.invitee} has been proposed`);
  if (inv.status !== 'proposed') return refuse('already-decided', `the invitation to ${c.invitee} has been decided`);
  const by = actingState(c)!;
  if (inv.objections.includes(by)) return nothing();
  return emit(event('invitation-objected.v1', { ...stamp(c), invitee: c.invitee, by }));
};

/** Invitations nobody objects to are agreed without a vote; contested ones await a vote (R35). */
export const decideInvitations: Handler<'decide-invitations'> = (state, c) => {
  const denied = first(requireChair(c, 'decide invitations', 'Rule 37'), requireOpen(state, 'invite'), requireNoVote(state, 'invite'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const pending = state.invitations.filter((i) => i.status === 'proposed');
  if (pending.length === 0) return refuse('already-decided', 'no invitation is pending');
  // The rule settles each: agreed without a vote unless a member objects (then a procedural vote, R35).
  const judged = pending.map((i) =>
    decideInvitation(composition(state), { invitee: i.invitee, basis: BASIS[i.rule], objectors: i.objections }),
  );
  const agreed = pending.filter((_, k) => judged[k]!.ok).map((i) => i.invitee);
  if (agreed.length === 0) {
    const contested = judged.find((j) => !j.ok);
    if (contested && !contested.ok) return refusedByRule(contested.error);
  }
  return emit(event('invitations-decided.v1', { ...stamp(c), invited: agreed, notInvited: [], method: 'without-vote' }));
};

/** R39: taking part is a right, not a duty; the meeting proceeds. */
export const declineInvitation: Handler<'decline-invitation'> = (state, c) => {
  const me = actingState(c);
  if (me !== null && me !== c.invitee) return refuse('not-your-ballot', `${me} may decline only for itself`);
  if (state.phase === 'closed' || state.phase === 'withdrawn') return refuse('wrong-phase', `the meeting is ${state.phase}`);
  if (isMember(state, c.invitee)) return refuse('invalid-command', `${c.invitee} is a member, not an invitee`);
  const inv = state.invitations.find((i) => i.invitee === c.invitee);
  if (inv?.status === 'declined') return nothing();
  return emit(event('invitation-declined.v1', clean({ ...stamp(c), invitee: c.invitee, note: c.note })));
};

/** Who may speak: members, invitees who accepted, and, in informal formats, anyone the chair calls. */
export function maySpeak(state: SessionState, speaker: string): boolean {
  const s = state.session!;
  if (s.members.length === 0 || !isFormal(state)) return true;
  // Members speak; so do the session's observers (they never vote).
  if (isMember(state, speaker) || isObserver(state, speaker)) return true;
  return state.invitations.some((i) => i.invitee === speaker && i.status === 'invited');
}

export const requestFloor: Handler<'request-floor'> = (state, c) => {
  const me = actingState(c);
  if (me === null) return refuse('not-your-ballot', 'a delegation asks for the floor for itself');
  const denied = first(requireOpen(state, 'ask for the floor'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (!maySpeak(state, me)) return refuse('not-a-participant', `${me} is neither a member nor an invitee of this meeting`, 'Rule 37');
  if (state.speakers.includes(me)) return nothing();
  return emit(event('floor-requested.v1', { ...stamp(c), speaker: me }));
};

export const makeStatement: Handler<'make-statement'> = (state, c) => {
  const me = actingState(c);
  const speaker = c.speaker ?? me;
  if (speaker === null || speaker === undefined) return refuse('invalid-command', 'speaker: say who speaks');
  if (!isChair(c) && speaker !== me) return refuse('not-chair', 'a delegation speaks only for itself; the chair gives the floor to others');
  const denied = first(requireOpen(state, 'speak'), requireNoVote(state, 'speak'));
  if (denied) return refuse(denied.code, denied.message, 'spec R28');
  if (!maySpeak(state, speaker)) return refuse('not-a-participant', `${speaker} has not been invited to this meeting`, 'Rules 37, 39');
  const barred = debateBarred(state);
  if (barred) return refuse('no-debate', `the motion to ${barred.motion} is decided without debate: put it to the vote first`, 'Rule 33');
  if (c.kind === 'explanation-after-vote' && state.votes.length === 0) {
    return refuse('wrong-phase', 'no vote has been taken yet to explain', 'spec R28');
  }
  return emit(event('statement-made.v1', clean({ ...stamp(c), speaker, kind: c.kind, summary: c.summary })));
};
