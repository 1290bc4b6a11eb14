/**
 * The session as pages see it: the engine's own state, folded in the browser by the one
 * authoritative reducer (src/sessions/reducer.ts, pure and dependency-free), plus a few
 * read helpers. Pages never interpret raw events themselves.
 */
import type { StoredEvent } from '../api/types.js';
import { decideArriaWebcast, publication, type Ballot, type Decision, type WebcastStance } from '../../../src/rules/index.js';
import {
  composition,
  replay,
  RESTRICTED_PLACEHOLDER,
  type Majority,
  type Matter,
  type Member,
  type SessionState,
  type VoteSubject,
} from '../../../src/sessions/index.js';

export type { Decision, Matter, Member, SessionState };

export function project(events: readonly StoredEvent[]): SessionState {
  // A restricted event reaches public readers as a placeholder (src/sessions/visibility.ts): nothing to fold.
  return replay(events.filter((e) => e.type !== RESTRICTED_PLACEHOLDER));
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
  /** GA rule 87: the member the roll call starts with, drawn by lot. */
  firstToVote?: string;
}

/** The vote on screen: the open one, else the last one recorded. */
export function currentVote(state: SessionState): VoteOnScreen | null {
  const open = state.openVote;
  if (open) {
    return {
      voteId: open.voteId,
      question: open.question,
      subject: open.subject,
      matter: open.matter,
      ballots: open.ballots,
      open: true,
      decision: null,
      ...(open.majority ? { majority: open.majority } : {}),
      ...(open.firstToVote ? { firstToVote: open.firstToVote } : {}),
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

/** The Assembly, its committees and the Human Rights Council decide by majorities of those present and voting, not by Art. 27. */
export function isAssembly(state: SessionState): boolean {
  const body = state.session?.body;
  return body !== undefined && body !== 'security-council';
}

/** Who answered the last roll call (null before one is called): the rest show as absent on the Hall board. */
export function presentSet(state: SessionState): ReadonlySet<string> | null {
  return state.roll ? new Set(Object.keys(state.roll.answers)) : null;
}

export function members(state: SessionState): Member[] {
  return state.session?.members ?? [];
}

/**
 * Whether the meeting may be webcast (spec R43), as the rule decides it: the recorded
 * decision, else the rule applied to the answers so far (one objection blocks it; silence
 * leaves it waiting).
 */
export function webcastStatus(state: SessionState): 'allowed' | 'blocked' | 'waiting' {
  const decided = state.webcast.decision;
  if (decided) return decided.webcast ? 'allowed' : 'blocked';
  if (!state.session || state.session.members.length === 0) return 'waiting';
  const stances: Record<string, WebcastStance> = {};
  for (const [member, consent] of Object.entries(state.webcast.consents)) stances[member] = consent ? 'consent' : 'object';
  const soFar = decideArriaWebcast(composition(state), stances);
  if (!soFar.ok) return 'waiting';
  return soFar.value.webcast ? 'allowed' : soFar.value.objectors.length > 0 ? 'blocked' : 'waiting';
}

export { nameOf, previewSymbol, requestedSeries } from '../../../src/sessions/index.js';

/** Private meetings and consultations are followed by their participants only (Rule 48, spec R41, R42): their documents need a token. */
export function participantsOnly(state: SessionState): boolean {
  return state.session ? publication(state.session.format).participantsOnly : false;
}
