/**
 * Straw polls: the chair sounds the room, members answer from their phones. Non-binding:
 * no rules engine decision, no vote record, and the meeting record never lists one as a
 * decision (a straw poll is not a vote of the body).
 */
import { event } from '../events.js';
import {
  emit,
  first,
  nothing,
  refuse,
  requireChair,
  requireMemberDelegation,
  requireNoVote,
  requireOpen,
  stamp,
  actingState,
  type Handler,
} from './shared.js';

export const openStrawPoll: Handler<'open-straw-poll'> = (state, c) => {
  const denied = first(
    requireChair(c, 'open a straw poll'),
    requireOpen(state, 'open a straw poll'),
    requireNoVote(state, 'open a straw poll'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.strawPolls.some((p) => p.pollId === c.pollId)) return refuse('duplicate-id', `a straw poll ${c.pollId} was already opened`);
  const open = state.strawPolls.find((p) => p.status === 'open');
  if (open) return refuse('poll-open', `straw poll ${open.pollId} is still open`);
  return emit(event('straw-poll-opened.v1', { ...stamp(c), pollId: c.pollId, question: c.question, options: c.options }));
};

export const answerStrawPoll: Handler<'answer-straw-poll'> = (state, c) => {
  const denied = requireMemberDelegation(state, c, 'answer a straw poll');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const poll = state.strawPolls.find((p) => p.pollId === c.pollId);
  if (!poll) return refuse('unknown-poll', `no straw poll ${c.pollId}`);
  if (poll.status !== 'open') return refuse('poll-closed', `straw poll ${c.pollId} is closed`);
  if (c.option >= poll.options.length) return refuse('invalid-command', `option: 0 to ${poll.options.length - 1}`);
  const me = actingState(c)!;
  if (poll.answers[me] === c.option) return nothing();
  return emit(event('straw-poll-answered.v1', { ...stamp(c), pollId: c.pollId, member: me, option: c.option }));
};

export const closeStrawPoll: Handler<'close-straw-poll'> = (state, c) => {
  const denied = requireChair(c, 'close a straw poll');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const poll = state.strawPolls.find((p) => p.pollId === c.pollId);
  if (!poll) return refuse('unknown-poll', `no straw poll ${c.pollId}`);
  if (poll.status !== 'open') return refuse('poll-closed', `straw poll ${c.pollId} is closed`);
  return emit(event('straw-poll-closed.v1', { ...stamp(c), pollId: c.pollId }));
};
