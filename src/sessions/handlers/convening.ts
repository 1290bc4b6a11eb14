/**
 * Convening and the life of the meeting: the Rule 2/3 request and its whip count, the
 * President's scheduling, opening, suspension, adjournment and closing (spec R8-R11, R29).
 */
import { ruleTwoRequest } from '../../rules/security-council/convening.js';
import { event } from '../events.js';
import { composition, isMember, memberCodes } from '../state.js';
import {
  actingState,
  clean,
  emit,
  first,
  isChair,
  isSecurityCouncil,
  refuse,
  refusedByRule,
  requireChair,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

export const requestMeeting: Handler<'request-meeting'> = (state, c) => {
  if (!isSecurityCouncil(state))
    return refuse('wrong-phase', 'meeting requests under Rules 2 and 3 are Security Council procedure', 'Rule 2');
  if (state.phase !== 'pending' || state.request) return refuse('wrong-phase', 'a meeting has already been requested or convened');
  const me = actingState(c);
  if (me !== null && !c.requesters.includes(me)) return refuse('not-your-ballot', `${me} can only make a request it signs`);
  if (c.basis === 'rule-2') {
    // R9: a Rule 2 request comes from Council members; others go through Rule 3 (R10).
    for (const requester of c.requesters) {
      const obliged = ruleTwoRequest(composition(state), requester);
      if (!obliged.ok) return refusedByRule(obliged.error);
    }
  }
  return emit(
    event(
      'meeting-requested.v1',
      clean({
        ...stamp(c),
        basis: c.basis,
        requesters: c.requesters,
        letter: c.letter && clean(c.letter),
        urgency: c.urgency,
        briefersRequested: c.briefersRequested,
      }),
    ),
  );
};

/**
 * A whip count: would the request survive a procedural vote on the agenda if every
 * supporter voted yes and everyone else no? The rules engine decides (Art. 27(2), R20).
 */
export const countSupport: Handler<'count-support'> = (state, c, ctx) => {
  const s = state.session!;
  if (!state.request) return refuse('wrong-phase', 'no meeting request to count support for');
  if (state.phase !== 'pending' && state.phase !== 'scheduled') return refuse('wrong-phase', 'the meeting is no longer pending');
  const me = actingState(c);
  if (me !== null && !state.request.requesters.includes(me))
    return refuse('not-chair', 'only the requesters or the chair keep the whip count');
  if (c.supporters === undefined && c.count === undefined) return refuse('invalid-command', 'give "supporters" or "count"');
  const outsider = c.supporters?.find((x) => !isMember(state, x));
  if (outsider) return refuse('not-a-council-member', `${outsider} is not a Council member`, 'spec R18');
  const supporters = c.supporters ? [...new Set(c.supporters)] : undefined;
  const count = supporters ? supporters.length : c.count!;
  if (count > memberCodes(state).length) return refuse('invalid-command', `count: the body has ${memberCodes(state).length} members`);
  // Only the number of yes votes decides a procedural question: unnamed supporters fill the first seats.
  const yes = new Set(supporters ?? memberCodes(state).slice(0, count));
  const ballots = Object.fromEntries(memberCodes(state).map((m) => [m, yes.has(m) ? 'yes' : 'no'] as const));
  const decided = ctx.decideVote({ body: s.body, date: s.date, members: s.members, matter: 'procedural', ballots });
  if (!decided.ok) return refusedByRule(decided.error);
  return emit(
    event(
      'support-counted.v1',
      clean({
        ...stamp(c),
        supporters,
        count,
        required: decided.value.required,
        winnable: decided.value.outcome === 'adopted',
        note: c.note,
      }),
    ),
  );
};

export const withdrawRequest: Handler<'withdraw-request'> = (state, c) => {
  if (!state.request) return refuse('wrong-phase', 'there is no request to withdraw');
  if (state.phase !== 'pending' && state.phase !== 'scheduled') return refuse('wrong-phase', 'the meeting has already opened');
  const me = actingState(c);
  if (me !== null && !state.request.requesters.includes(me)) return refuse('not-your-ballot', 'only a requester may withdraw the request');
  return emit(
    event(
      'request-withdrawn.v1',
      clean({ ...stamp(c), by: me ?? (c.actor.role === 'chair' ? ('chair' as const) : ('system' as const)), reason: c.reason }),
    ),
  );
};

/** Rule 1-3: the President calls the meeting and fixes its date (R8, R11). */
export const scheduleMeeting: Handler<'schedule-meeting'> = (state, c) => {
  const denied = requireChair(c, 'schedule the meeting', 'Rule 1');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.phase !== 'pending') return refuse('wrong-phase', `the meeting is ${state.phase}, not pending`);
  return emit(event('meeting-scheduled.v1', { ...stamp(c), date: c.date, by: state.session!.president ?? 'chair' }));
};

export const openMeeting: Handler<'open-meeting'> = (state, c) => {
  const denied = requireChair(c, 'open the meeting', 'Rule 19');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.phase !== 'pending' && state.phase !== 'scheduled') return refuse('wrong-phase', `the meeting is ${state.phase}`);
  return emit(event('meeting-opened.v1', stamp(c)));
};

export const suspendMeeting: Handler<'suspend-meeting'> = (state, c) => {
  const denied = first(requireChair(c, 'suspend the meeting', 'Rule 33'), requireOpen(state, 'suspend'), requireNoVote(state, 'suspend'));
  return denied ? refuse(denied.code, denied.message, denied.rule) : emit(event('meeting-suspended.v1', stamp(c)));
};

export const resumeMeeting: Handler<'resume-meeting'> = (state, c) => {
  const denied = requireChair(c, 'resume the meeting');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.phase !== 'suspended') return refuse('wrong-phase', 'the meeting is not suspended');
  return emit(event('meeting-resumed.v1', stamp(c)));
};

export const adjournMeeting: Handler<'adjourn-meeting'> = (state, c) => {
  const denied = first(requireChair(c, 'adjourn the meeting', 'Rule 33'), requireNoVote(state, 'adjourn'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.phase !== 'open' && state.phase !== 'suspended') return refuse('wrong-phase', `the meeting is ${state.phase}`);
  return emit(event('meeting-adjourned.v1', stamp(c)));
};

export const closeMeeting: Handler<'close-meeting'> = (state, c) => {
  if (!isChair(c)) return refuse('not-chair', 'only the chair may close the meeting', 'Rule 19');
  const denied = requireNoVote(state, 'close the meeting');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.phase !== 'open' && state.phase !== 'suspended' && state.phase !== 'adjourned') {
    return refuse('wrong-phase', `the meeting is ${state.phase}`);
  }
  return emit(event('meeting-closed.v1', stamp(c)));
};
