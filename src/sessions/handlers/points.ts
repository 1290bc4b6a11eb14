/**
 * Points of order (Rule 30; spec R25; GA rule 71) and requests for the right of reply,
 * raised from a delegation's phone; the chair hears or dismisses each. A point of order
 * may be raised during a vote only on its conduct (spec R27): the chair decides that.
 */
import { mayRaisePointOfOrder } from '../../rules/practice/floor.js';
import { event } from '../events.js';
import { isMember } from '../state.js';
import { maySpeak } from './participation.js';
import { actingState, emit, isSecurityCouncil, refuse, refusedByRule, requireChair, requireOpen, stamp, type Handler } from './shared.js';

export const raisePoint: Handler<'raise-point'> = (state, c) => {
  const me = actingState(c);
  if (me === null) return refuse('not-your-ballot', 'a delegation raises a point for itself');
  const closed = requireOpen(state, 'raise a point');
  if (closed) return refuse(closed.code, closed.message, closed.rule);
  if (!maySpeak(state, me)) return refuse('not-a-participant', `${me} is neither a member nor an invitee of this meeting`, 'Rules 37, 39');
  if (c.kind === 'order') {
    const may = mayRaisePointOfOrder(isSecurityCouncil(state), isMember(state, me));
    if (!may.ok) return refusedByRule(may.error);
  }
  if (state.points.some((p) => p.pointId === c.pointId)) return refuse('duplicate-id', `a point ${c.pointId} was already raised`);
  return emit(event('point-raised.v1', { ...stamp(c), pointId: c.pointId, by: me, kind: c.kind }));
};

export const resolvePoint: Handler<'resolve-point'> = (state, c) => {
  const denied = requireChair(c, 'rule on a point', 'Rule 30');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const point = state.points.find((p) => p.pointId === c.pointId);
  if (!point) return refuse('unknown-point', `no point ${c.pointId} was raised`);
  if (point.status !== 'pending') return refuse('already-decided', `point ${c.pointId} was ${point.status}`);
  return emit(event('point-resolved.v1', { ...stamp(c), pointId: c.pointId, outcome: c.outcome }));
};
