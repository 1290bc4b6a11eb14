/**
 * The session as pages see it: the engine's own state, folded in the browser by the one
 * authoritative reducer (src/sessions/reducer.ts, pure and dependency-free), plus a few
 * read helpers. Pages never interpret raw events themselves.
 */
import type { StoredEvent } from '../api/types.js';
import type { Ballot, Decision } from '../../../src/rules/types.js';
import type { Majority, Matter, Member, VoteSubject } from '../../../src/sessions/events.js';
import { replay } from '../../../src/sessions/reducer.js';
import type { SessionState } from '../../../src/sessions/state.js';

export type { Decision, Matter, Member, SessionState };

export function project(events: readonly StoredEvent[]): SessionState {
  return replay(events);
}

/** A vote as the board shows it, open or recorded. */
export interface VoteOnScreen {
  voteId: string;
  question: string;
  subject: VoteSubject;
  matter: Matter | null;
  ballots: Readonly<Record<string, Ballot>>;
  open: boolean;
  decision: Decision | null;
  majority?: Majority;
}

/** The vote on screen: the open one, else the last one recorded. */
export function currentVote(state: SessionState): VoteOnScreen | null {
  const open = state.openVote;
  if (open) {
    return {
      voteId: open.voteId, question: open.question, subject: open.subject, matter: open.matter, ballots: open.ballots, open: true, decision: null,
      ...(open.majority ? { majority: open.majority } : {}),
    };
  }
  const last = state.votes[state.votes.length - 1];
  if (!last) return null;
  return {
    voteId: last.voteId,
    question: last.question,
    subject: last.subject,
    matter: last.matter,
    ballots: last.ballots ?? {},
    open: false,
    decision: last.decision,
    ...(last.majority ? { majority: last.majority } : {}),
  };
}

/** General Assembly plenary and committees decide by majorities of those present and voting, not by Art. 27. */
export function isAssembly(state: SessionState): boolean {
  const body = state.session?.body;
  return body === 'general-assembly' || body === 'ga-third-committee';
}

export function members(state: SessionState): Member[] {
  return state.session?.members ?? [];
}

/** Whether the meeting may be webcast (spec R43): every member consents; one objection blocks it. */
export function webcastStatus(state: SessionState): 'allowed' | 'blocked' | 'waiting' {
  const decided = state.webcast.decision;
  if (decided) return decided.webcast ? 'allowed' : 'blocked';
  const list = members(state);
  const consents = state.webcast.consents;
  if (list.some((m) => consents[m.code] === false)) return 'blocked';
  if (list.length > 0 && list.every((m) => consents[m.code] === true)) return 'allowed';
  return 'waiting';
}

export { nameOf } from '../../../src/sessions/state.js';
