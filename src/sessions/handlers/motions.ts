/**
 * Procedural motions. In the Council, Rule 33's (spec R29, T30): suspend, adjourn, adjourn to a
 * day or hour, refer, postpone, decided before any draft in Rule 33's order; motions to suspend
 * or simply adjourn are decided without debate. In the Assembly, its committees and the Human
 * Rights Council, GA rules 74-79 [116-121]: suspend, adjourn, adjourn the debate, close the
 * debate (rule 77 [119] order), and the competence motion voted before the proposal (rule 79).
 * Which motions a body has is the rules' answer (src/rules/bodies).
 */
import { checkMotion } from '../../rules/bodies/profile.js';
import { gaMotionSpeakers, type GaMotion } from '../../rules/general-assembly/motions.js';
import { orderMotions } from '../../rules/motion-order.js';
import { caucusLapsesOthers, isCaucusMotion } from '../../rules/practice/caucus.js';
import { debateAllowed, lapsesOnAdoption, type Rule33Motion } from '../../rules/security-council/motions.js';
import { checkCaucusMove } from './caucus.js';
import { event, type MotionKind, type SessionEvent, type Stamp } from '../events.js';
import { bodyKind, isFormal, type Motion, type SessionState } from '../state.js';
import {
  actingState,
  clean,
  emit,
  first,
  isChair,
  isSecurityCouncil,
  refuse,
  refusedByRule,
  requireMemberDelegation,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

export const moveMotion: Handler<'move-motion'> = (state, c) => {
  if (isSecurityCouncil(state) && !isFormal(state))
    return refuse('wrong-phase', 'Rule 33 motions are made in formal Council meetings', 'Rule 33');
  const caucus = isCaucusMotion(c.motion) ? checkCaucusMove(state, c) : null;
  if (caucus && !caucus.ok) return refusedByRule(caucus.error);
  const allowed = caucus ? caucus : checkMotion(bodyKind(state), c.motion);
  if (!allowed.ok) return refusedByRule(allowed.error);
  const denied = first(
    isChair(c) ? null : requireMemberDelegation(state, c, 'move a motion'),
    requireOpen(state, 'move a motion'),
    requireNoVote(state, 'move a motion'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule ?? (caucus ? 'practice: Model UN' : (allowed.value as string)));
  if (state.motions.some((m) => m.motionId === c.motionId))
    return refuse('duplicate-vote-id', `a motion with id ${c.motionId} was already moved`);
  return emit(
    event(
      'motion-moved.v1',
      clean({
        ...stamp(c),
        motionId: c.motionId,
        motion: c.motion,
        by: actingState(c) ?? ('chair' as const),
        detail: c.detail,
        seq: state.motions.length + 1,
        ...(caucus?.ok ? caucus.value : {}),
      }),
    ),
  );
};

export const pendingMotions = (state: SessionState): Motion[] => state.motions.filter((m) => m.status === 'pending');

interface Pending {
  id: string;
  kind: MotionKind;
  tabledAt: number;
  motion: Motion | null;
  totalSeconds?: number;
  speakingSeconds?: number;
}

const pendingItem = (m: Motion): Pending =>
  clean({ id: m.motionId, kind: m.motion, tabledAt: m.seq, motion: m, totalSeconds: m.totalSeconds, speakingSeconds: m.speakingSeconds });

/**
 * The motions in the order the body's rules decide them: Rule 33 in the Council, GA rule 77 [119]
 * elsewhere, then Model UN caucus motions (src/rules/motion-order.ts).
 */
function ordered(state: SessionState, items: Pending[]): Pending[] {
  return orderMotions(isSecurityCouncil(state), items);
}

/** The pending business that must be decided first (a motion), or null. */
export function nextMotion(state: SessionState): Motion | null {
  return ordered(state, pendingMotions(state).map(pendingItem))[0]?.motion ?? null;
}

/** May a vote on this motion (pending id, or put directly now) be taken before the others? */
export function motionOutOfOrder(state: SessionState, motion: MotionKind, motionId?: string): Motion | null {
  const pending: Pending[] = pendingMotions(state).map(pendingItem);
  const target = motionId ?? '\u0000direct';
  if (motionId === undefined) pending.push({ id: target, kind: motion, tabledAt: Number.MAX_SAFE_INTEGER, motion: null });
  const head = ordered(state, pending)[0];
  return head && head.id !== target ? head.motion : null;
}

/** A pending motion to suspend or adjourn is decided without debate (Rule 33; GA rule 76 [118]). */
export function debateBarred(state: SessionState): Motion | null {
  const sc = isSecurityCouncil(state);
  return (
    pendingMotions(state).find((m) =>
      isCaucusMotion(m.motion)
        ? false
        : sc
          ? !debateAllowed(m.motion as Rule33Motion)
          : gaMotionSpeakers(m.motion as GaMotion).for + gaMotionSpeakers(m.motion as GaMotion).against === 0,
    ) ?? null
  );
}

/**
 * After a motion's vote: record it; if adopted, lower-ranked motions lapse (R29 edge case; GA rule
 * 77), and an adopted adjournment of the debate means no action on the pending texts (spec R62).
 */
export function motionConsequences(
  state: SessionState,
  at: Stamp,
  motionId: string | undefined,
  motion: MotionKind,
  adopted: boolean,
  voteId: string,
): SessionEvent[] {
  const out: SessionEvent[] = [];
  if (motionId !== undefined) out.push(event('motion-decided.v1', { ...at, motionId, status: adopted ? 'adopted' : 'rejected', voteId }));
  const sc = isSecurityCouncil(state);
  const lapses = isCaucusMotion(motion)
    ? caucusLapsesOthers(motion)
    : sc
      ? lapsesOnAdoption(motion as Rule33Motion)
      : motion === 'suspend' || motion === 'adjourn' || motion === 'adjourn-debate';
  if (adopted && lapses) {
    for (const m of pendingMotions(state))
      if (m.motionId !== motionId) out.push(event('motion-decided.v1', { ...at, motionId: m.motionId, status: 'lapsed' }));
  }
  if (adopted && !sc && motion === 'adjourn-debate') {
    for (const d of state.drafts)
      if (d.status === 'submitted') out.push(event('draft-decided.v1', { ...at, draftId: d.draftId, status: 'lapsed', voteId }));
  }
  return out;
}
