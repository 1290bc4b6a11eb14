/**
 * The floor as session state (issue 10): the chair gives it for a time, extends it, and
 * the statement ends (recorded as statement-made); under MUN practice a speaker may yield
 * the rest of its time. The chair orders the speakers list. Time limits, yields and the
 * countdown are src/rules/practice/floor.ts; the start time is the server's clock.
 */
import { checkSpeakingTime, floorRemaining, yieldAllowed } from '../../rules/practice/floor.js';
import type { EngineContext } from '../context.js';
import { event } from '../events.js';
import type { SessionState } from '../state.js';
import { debateBarred } from './motions.js';
import { caucusSpeakingTime } from './caucus.js';
import { maySpeak } from './participation.js';
import {
  actingState,
  clean,
  emit,
  first,
  isChair,
  refuse,
  refusedByRule,
  requireChair,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

const nowIso = (ctx: EngineContext) => new Date((ctx.now ?? Date.now)()).toISOString();
const practiceOf = (state: SessionState) => state.session!.practice ?? 'un';

export const giveFloor: Handler<'give-floor'> = (state, c, ctx) => {
  const denied = first(
    requireChair(c, 'give the floor', 'Rule 27'),
    requireOpen(state, 'give the floor'),
    requireNoVote(state, 'give the floor'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.floor) return refuse('floor-held', `${state.floor.member} has the floor: end or yield it first`, 'Rule 27');
  if (!maySpeak(state, c.member))
    return refuse('not-a-participant', `${c.member} is neither a member nor an invitee of this meeting`, 'Rules 37, 39');
  const barred = debateBarred(state);
  if (barred) return refuse('no-debate', `the motion to ${barred.motion} is decided without debate: put it to the vote first`, 'Rule 33');
  // In a moderated caucus the speaking time is the one the motion carried (practice: Model UN).
  const inCaucus = caucusSpeakingTime(state, c.seconds, ctx);
  if (inCaucus && !inCaucus.ok) return refusedByRule(inCaucus.error);
  if (!inCaucus && c.seconds === undefined) return refuse('invalid-command', 'seconds: give the speaking time');
  const limit = checkSpeakingTime(inCaucus ? inCaucus.value : c.seconds!);
  if (!limit.ok) return refusedByRule(limit.error);
  return emit(event('floor-given.v1', { ...stamp(c), member: c.member, limitSeconds: limit.value, startedAt: nowIso(ctx) }));
};

export const extendFloor: Handler<'extend-floor'> = (state, c) => {
  const denied = requireChair(c, "extend a speaker's time", 'Rule 27');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (!state.floor) return refuse('no-floor', 'nobody has the floor');
  const limit = checkSpeakingTime(state.floor.limitSeconds + c.seconds);
  if (!limit.ok) return refusedByRule(limit.error);
  return emit(event('floor-extended.v1', { ...stamp(c), seconds: c.seconds }));
};

/** The speaker (or the chair for it) yields: to the chair ends the statement; to a speaker or questions passes the time left on. */
export const yieldFloor: Handler<'yield-floor'> = (state, c, ctx) => {
  const floor = state.floor;
  if (!floor) return refuse('no-floor', 'nobody has the floor');
  if (!isChair(c) && actingState(c) !== floor.member) return refuse('not-your-ballot', 'only the speaker yields its own time');
  const allowed = yieldAllowed(practiceOf(state), c.to);
  if (!allowed.ok) return refusedByRule(allowed.error);
  if (c.to === 'chair') return emit(event('statement-made.v1', { ...stamp(c), speaker: floor.member, kind: 'statement' }));
  const now = (ctx.now ?? Date.now)();
  const left = Math.floor(floorRemaining(floor, now));
  if (left < 1)
    return refusedByRule({ code: 'invalid-time-limit', message: 'no speaking time is left to yield', rule: 'practice: MUN yields' });
  const to = c.to === 'speaker' ? c.member : floor.member;
  if (!to) return refuse('invalid-command', 'member: say whom the time is yielded to');
  if (!maySpeak(state, to)) return refuse('not-a-participant', `${to} is neither a member nor an invitee of this meeting`, 'Rules 37, 39');
  return emit(
    event('statement-made.v1', { ...stamp(c), speaker: floor.member, kind: 'statement' }),
    event('floor-yielded.v1', {
      ...stamp(c),
      by: floor.member,
      to: c.to,
      member: to,
      limitSeconds: left,
      startedAt: new Date(now).toISOString(),
    }),
  );
};

export const endStatement: Handler<'end-statement'> = (state, c) => {
  const floor = state.floor;
  if (!floor) return refuse('no-floor', 'nobody has the floor');
  if (!isChair(c) && actingState(c) !== floor.member) return refuse('not-chair', 'the chair or the speaker ends a statement');
  if (c.kind === 'explanation-after-vote' && state.votes.length === 0)
    return refuse('wrong-phase', 'no vote has been taken yet to explain', 'spec R28');
  return emit(event('statement-made.v1', clean({ ...stamp(c), speaker: floor.member, kind: c.kind, summary: c.summary })));
};

const listChanged = (
  c: Parameters<Handler<'add-speaker'>>[1] | Parameters<Handler<'move-speaker'>>[1] | Parameters<Handler<'remove-speaker'>>[1],
  speakers: string[],
) => emit(event('speakers-list-changed.v1', { ...stamp(c), speakers }));

export const addSpeaker: Handler<'add-speaker'> = (state, c) => {
  const denied = first(requireChair(c, 'inscribe speakers', 'Rule 27'), requireOpen(state, 'inscribe speakers'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (!maySpeak(state, c.member))
    return refuse('not-a-participant', `${c.member} is neither a member nor an invitee of this meeting`, 'Rules 37, 39');
  const others = state.speakers.filter((s) => s !== c.member);
  const at = Math.min(c.position ?? others.length, others.length);
  return listChanged(c, [...others.slice(0, at), c.member, ...others.slice(at)]);
};

export const removeSpeaker: Handler<'remove-speaker'> = (state, c) => {
  const denied = requireChair(c, 'change the speakers list', 'Rule 27');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (!state.speakers.includes(c.member)) return refuse('unknown-speaker', `${c.member} is not on the speakers list`);
  return listChanged(
    c,
    state.speakers.filter((s) => s !== c.member),
  );
};

/** Rule 27: the President calls on representatives in the order they signified their desire to speak — or as the chair orders. */
export const moveSpeaker: Handler<'move-speaker'> = (state, c) => {
  const denied = requireChair(c, 'change the speakers list', 'Rule 27');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (!state.speakers.includes(c.member)) return refuse('unknown-speaker', `${c.member} is not on the speakers list`);
  const others = state.speakers.filter((s) => s !== c.member);
  const at = Math.min(c.position, others.length);
  return listChanged(c, [...others.slice(0, at), c.member, ...others.slice(at)]);
};
