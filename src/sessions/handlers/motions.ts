/**
 * Rule 33 motions (spec R29, T30): while business is pending, a member may move to suspend
 * or adjourn the meeting, adjourn it to a day or hour, refer a matter, or postpone it. They
 * are decided before any draft, in Rule 33's order, by the rules engine's ordering; motions
 * to suspend or simply adjourn are decided without debate.
 */
import { debateAllowed, lapsesOnAdoption, orderOfDecision } from '../../rules/security-council/motions.js';
import { event, type MotionKind, type SessionEvent, type Stamp } from '../events.js';
import { isFormal, type Motion, type SessionState } from '../state.js';
import { actingState, clean, emit, first, isChair, isSecurityCouncil, refuse, requireMemberDelegation, requireNoVote, requireOpen, stamp, type Handler } from './shared.js';

export const moveMotion: Handler<'move-motion'> = (state, c) => {
  if (!isSecurityCouncil(state) || !isFormal(state)) return refuse('wrong-phase', 'Rule 33 motions are made in formal Council meetings', 'Rule 33');
  const denied = first(isChair(c) ? null : requireMemberDelegation(state, c, 'move a motion'), requireOpen(state, 'move a motion'), requireNoVote(state, 'move a motion'));
  if (denied) return refuse(denied.code, denied.message, denied.rule ?? 'Rule 33');
  if (state.motions.some((m) => m.motionId === c.motionId)) return refuse('duplicate-vote-id', `a motion with id ${c.motionId} was already moved`);
  return emit(event('motion-moved.v1', clean({ ...stamp(c), motionId: c.motionId, motion: c.motion, by: actingState(c) ?? ('chair' as const), detail: c.detail, seq: state.motions.length + 1 })));
};

export const pendingMotions = (state: SessionState): Motion[] => state.motions.filter((m) => m.status === 'pending');

/** The pending business that must be decided first (a motion), or null. */
export function nextMotion(state: SessionState): Motion | null {
  const ordered = orderOfDecision(pendingMotions(state).map((m) => ({ id: m.motionId, kind: m.motion, tabledAt: m.seq, motion: m })));
  return ordered[0]?.motion ?? null;
}

/** May a vote on this motion (pending id, or put directly now) be taken before the others? */
export function motionOutOfOrder(state: SessionState, motion: MotionKind, motionId?: string): Motion | null {
  const pending = pendingMotions(state).map((m) => ({ id: m.motionId, kind: m.motion as MotionKind, tabledAt: m.seq, motion: m as Motion | null }));
  const target = motionId ?? '\u0000direct';
  if (motionId === undefined) pending.push({ id: target, kind: motion, tabledAt: Number.MAX_SAFE_INTEGER, motion: null });
  const head = orderOfDecision(pending)[0];
  return head && head.id !== target ? head.motion : null;
}

/** Rule 33: a pending motion to suspend or adjourn is decided without debate. */
export function debateBarred(state: SessionState): Motion | null {
  return pendingMotions(state).find((m) => !debateAllowed(m.motion)) ?? null;
}

/** After a motion's vote: record it, and if adopted let lower-ranked motions lapse (R29 edge case). */
export function motionConsequences(state: SessionState, at: Stamp, motionId: string | undefined, motion: MotionKind, adopted: boolean, voteId: string): SessionEvent[] {
  const out: SessionEvent[] = [];
  if (motionId !== undefined) out.push(event('motion-decided.v1', { ...at, motionId, status: adopted ? 'adopted' : 'rejected', voteId }));
  if (adopted && lapsesOnAdoption(motion)) {
    for (const m of pendingMotions(state)) if (m.motionId !== motionId) out.push(event('motion-decided.v1', { ...at, motionId: m.motionId, status: 'lapsed' }));
  }
  return out;
}
