/**
 * The roll call of attendance (GA rules 67 and 108; spec R62): the chair calls the roll, each
 * delegation answers "present" or "present and voting" from its phone, and the chair may record
 * the answer for a delegation that has no device. The Council calls no roll (spec R13): the body's
 * rules say so (src/rules/bodies).
 */
import { checkFeature, checkVoterStanding } from '../../rules/bodies/profile.js';
import { summariseAttendance } from '../../rules/general-assembly/attendance.js';
import { hrcQuorum } from '../../rules/human-rights-council/decide-vote.js';
import { event } from '../events.js';
import { bodyKind, isMember, isObserver, type SessionState } from '../state.js';
import {
  actingState,
  emit,
  first,
  isChair,
  nothing,
  refuse,
  refusedByRule,
  requireChair,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

export const callRoll: Handler<'call-roll'> = (state, c) => {
  const allowed = checkFeature(bodyKind(state), 'roll-call');
  if (!allowed.ok) return refusedByRule(allowed.error);
  const denied = first(
    requireChair(c, 'call the roll', allowed.value),
    requireOpen(state, 'call the roll'),
    requireNoVote(state, 'call the roll'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  return emit(event('roll-called.v1', { ...stamp(c), rollId: c.rollId }));
};

export const answerRoll: Handler<'answer-roll'> = (state, c) => {
  const allowed = checkFeature(bodyKind(state), 'roll-call');
  if (!allowed.ok) return refusedByRule(allowed.error);
  if (!state.roll) return refuse('wrong-phase', 'the roll has not been called', allowed.value);
  const byChair = isChair(c);
  const member = byChair ? c.member : actingState(c);
  if (!member) return refuse('invalid-command', 'member: the chair records an answer for a named delegation');
  if (!byChair && c.member !== undefined && c.member !== member)
    return refuse('not-your-ballot', 'a delegation answers the roll for itself');
  if (isObserver(state, member)) {
    const standing = checkVoterStanding(bodyKind(state), 'observer');
    if (!standing.ok)
      return refusedByRule({ ...standing.error, message: `${member} is an observer: it is not counted for the quorum and cannot vote` });
  }
  if (!isMember(state, member)) return refuse('not-a-council-member', `${member} is not a member of this body`, allowed.value);
  if (state.roll.answers[member] === c.attendance) return nothing();
  return emit(event('roll-answered.v1', { ...stamp(c), member, attendance: c.attendance, recordedBy: byChair ? 'chair' : 'delegation' }));
};

/** The quorum to decide, as the roll stands (null before any roll call: nothing is known). */
export function decisionQuorum(state: SessionState): { met: boolean; present: number; required: number; rule: string } | null {
  if (!state.roll || !state.session) return null;
  const membership = state.session.members.length;
  const present = Object.keys(state.roll.answers).length;
  const body = bodyKind(state);
  if (body === 'security-council') return null;
  if (body === 'human-rights-council') return { ...hrcQuorum(present, 'decision', membership), present };
  const s = summariseAttendance(body, membership, state.roll.answers);
  return { ...s.decisionQuorum, present };
}
