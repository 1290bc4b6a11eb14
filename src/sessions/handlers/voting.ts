/**
 * Votes: the chair opens one (question + what it is about), delegations cast and may
 * change their own ballots until the chair closes it, and the rules engine decides; or a
 * whole vote is recorded in one step (fixtures, CLI). The outcome then acts on the meeting:
 * the agenda (R13), an invitation (R35), a text (R30, R31) or a Rule 33 motion (R29).
 */
import type { Ballot, Decision, StateCode } from '../../rules/types.js';
import type { CommandOf } from '../../protocol/commands.js';
import type { EngineContext } from '../context.js';
import { event, type Majority, type Matter, type SessionEvent, type Stamp, type VoteRecorded, type VoteSubject } from '../events.js';
import { bodyKind, isMember, isObserver, memberCodes, type SessionState } from '../state.js';
import { mustVoteFirst } from '../vote-order.js';
import { checkVotingAllowed } from '../../rules/security-council/formats.js';
import { checkMajority, checkVoterStanding } from '../../rules/bodies/profile.js';
import { checkBallotAgainstAttendance } from '../../rules/general-assembly/attendance.js';
import { rollCallOrder } from '../../rules/general-assembly/roll-call.js';
import { decisionQuorum } from './roll-call.js';
import { summaryStatementUpdates } from './agenda.js';
import { motionConsequences, motionOutOfOrder, nextMotion } from './motions.js';
import { divisionBlocksWhole, divisionConsequences, divisionQuestion } from './division.js';
import { caucusConsequences, caucusNeedsMotionId, decideCaucusVote, isCaucusVote } from './caucus.js';
import {
  actingState,
  clean,
  emit,
  first,
  isSecurityCouncil,
  nothing,
  refuse,
  refusedByRule,
  requireChair,
  requireOpen,
  stamp,
  type Handler,
  type Outcome,
} from './shared.js';

interface Question {
  matter: Matter;
  majority?: Majority;
  /** The subject as the engine completes it (a division's part is named by the rules, not the client). */
  subject?: VoteSubject;
}

/** Check that a vote may be taken on `subject` now, and classify the question (R19). */
function resolveQuestion(
  state: SessionState,
  c: CommandOf<'open-vote'> | CommandOf<'record-vote'>,
): { ok: true; value: Question } | { ok: false; out: Outcome } {
  const fail = (out: Outcome) => ({ ok: false as const, out });
  const denied = first(requireChair(c, 'put a question to the vote', 'Rule 40'), requireOpen(state, 'vote'));
  if (denied) return fail(refuse(denied.code, denied.message, denied.rule));
  if (isSecurityCouncil(state)) {
    // Only formal meetings vote (R42, R43): the rule says which formats do.
    const allowed = checkVotingAllowed(state.session!.format);
    if (!allowed.ok) return fail(refusedByRule(allowed.error));
  }
  if (state.openVote) return fail(refuse('vote-already-open', `vote ${state.openVote.voteId} is still open`));
  if (c.majority !== undefined && !isSecurityCouncil(state)) {
    const allowed = checkMajority(bodyKind(state), c.majority);
    if (!allowed.ok) return fail(refusedByRule(allowed.error));
  }
  // A decision needs a majority of members present, as the last roll call counted them (GA rules 67, 108).
  const quorum = decisionQuorum(state);
  if (quorum && !quorum.met) {
    return fail(refuse('quorum-not-met', `${quorum.present} members are present; a decision needs ${quorum.required}`, quorum.rule));
  }
  if (state.votes.some((v) => v.voteId === c.voteId)) return fail(refuse('duplicate-vote-id', `vote ${c.voteId} was already taken`));
  const sc = isSecurityCouncil(state);
  const subject = c.subject;
  const procedural = (): Question | null => {
    // R19: agenda, invitations and Rule 33 motions are procedural; a different class needs R24.
    if (sc && c.matter === 'non-procedural') return null;
    return { matter: 'procedural', ...(c.majority ? { majority: c.majority } : {}) };
  };
  switch (subject.kind) {
    case 'agenda': {
      if (!sc) return fail(refuse('wrong-phase', 'agenda votes are Security Council procedure', 'spec R13'));
      if (state.agenda.status !== 'proposed')
        return fail(refuse('wrong-phase', 'there is no provisional agenda awaiting adoption', 'Rule 9'));
      const q = procedural();
      return q ? { ok: true, value: q } : fail(refuse('invalid-command', 'adopting the agenda is procedural', 'spec R19'));
    }
    case 'invitation': {
      const inv = state.invitations.find((i) => i.invitee === subject.invitee);
      if (!inv) return fail(refuse('unknown-invitation', `no invitation to ${subject.invitee} has been proposed`));
      if (inv.status !== 'proposed') return fail(refuse('already-decided', `the invitation to ${subject.invitee} is ${inv.status}`));
      const q = procedural();
      return q ? { ok: true, value: q } : fail(refuse('invalid-command', 'an invitation is procedural', 'spec R19'));
    }
    case 'motion': {
      if (caucusNeedsMotionId(subject))
        return fail(
          refuse('invalid-command', 'a caucus motion is voted as moved, with its times: give its motionId', 'practice: Model UN'),
        );
      if (subject.motionId !== undefined) {
        const m = state.motions.find((x) => x.motionId === subject.motionId);
        if (!m) return fail(refuse('invalid-command', `no motion ${subject.motionId} has been moved`));
        if (m.status !== 'pending') return fail(refuse('already-decided', `motion ${subject.motionId} is ${m.status}`));
        if (m.motion !== subject.motion) return fail(refuse('invalid-command', `motion ${subject.motionId} is a motion to ${m.motion}`));
      }
      const before = motionOutOfOrder(state, subject.motion, subject.motionId);
      if (before)
        return fail(refuse('wrong-order', `the motion to ${before.motion} (${before.motionId}) must be decided first`, 'Rule 33'));
      const q = procedural();
      return q ? { ok: true, value: q } : fail(refuse('invalid-command', 'Rule 33 motions are procedural', 'spec R29'));
    }
    case 'draft': {
      const d = state.drafts.find((x) => x.draftId === subject.draftId);
      if (!d) return fail(refuse('unknown-draft', `no text ${subject.draftId} has been tabled`));
      const motion = nextMotion(state);
      if (motion)
        return fail(refuse('wrong-order', `the motion to ${motion.motion} (${motion.motionId}) takes precedence over the text`, 'Rule 33'));
      if (d.status !== 'submitted') return fail(refuse('already-decided', `${subject.draftId} is ${d.status}`));
      const divided = divisionBlocksWhole(state, d.draftId);
      if (divided) return fail(divided);
      const before = mustVoteFirst(state.drafts, d, state.session!.body);
      if (before) {
        const rule = sc ? 'Rules 32, 33, 36' : 'GA rules 90-91';
        return fail(refuse('wrong-order', `${before.symbol ?? before.draftId} must be voted before ${d.symbol ?? d.draftId}`, rule));
      }
      if (sc && c.matter !== undefined && c.matter !== d.matter) {
        return fail(
          refuse('invalid-command', `${d.draftId} was tabled as ${d.matter}; reclassifying needs a preliminary question`, 'spec R24'),
        );
      }
      const majority = c.majority ?? d.majority;
      if (majority !== undefined && !sc) {
        const allowed = checkMajority(bodyKind(state), majority);
        if (!allowed.ok) return fail(refusedByRule(allowed.error));
      }
      return { ok: true, value: { matter: d.matter, ...(majority ? { majority } : {}) } };
    }
    case 'division':
    case 'part': {
      const motion = nextMotion(state);
      if (motion)
        return fail(refuse('wrong-order', `the motion to ${motion.motion} (${motion.motionId}) takes precedence`, 'Rule 33; GA rule 77'));
      const q = divisionQuestion(state, subject);
      if (!q.ok) return fail(q.out);
      if (sc && c.matter !== undefined && c.matter !== q.value.matter) {
        return fail(refuse('invalid-command', `a part is decided as ${q.value.matter}, like the text`, 'spec R30'));
      }
      return { ok: true, value: q.value };
    }
    case 'other': {
      const majority = c.majority;
      return { ok: true, value: { matter: c.matter ?? (sc ? 'non-procedural' : 'procedural'), ...(majority ? { majority } : {}) } };
    }
  }
}

export const openVote: Handler<'open-vote'> = (state, c) => {
  const q = resolveQuestion(state, c);
  if (!q.ok) return q.out;
  return emit(
    event(
      'vote-opened.v1',
      clean({
        ...stamp(c),
        voteId: c.voteId,
        question: c.question,
        subject: q.value.subject ?? c.subject,
        matter: q.value.matter,
        majority: q.value.majority,
        firstToVote: firstByLot(state, c.voteId),
      }),
    ),
  );
};

/** A delegation casts (or changes) its own ballot while the vote is open. */
export const castBallot: Handler<'cast-ballot'> = (state, c) => {
  const me = actingState(c);
  if (me === null) return refuse('not-your-ballot', 'a ballot is cast by a delegation, for itself', 'Art. 27(1)');
  const open = state.openVote;
  if (!open || (c.voteId !== undefined && c.voteId !== open.voteId))
    return refuse('no-vote-open', c.voteId ? `vote ${c.voteId} is not open` : 'no vote is open');
  if (isObserver(state, me)) {
    const standing = checkVoterStanding(bodyKind(state), 'observer');
    if (!standing.ok) return refusedByRule(standing.error);
  }
  if (!isMember(state, me)) return refuse('not-a-council-member', `${me} has no vote here`, 'spec R18, R38');
  const pledge = checkBallotAgainstAttendance(state.roll?.answers[me], c.ballot);
  if (!pledge.ok) return refusedByRule(pledge.error);
  if (open.ballots[me] === c.ballot) return nothing();
  return emit(event('ballot-cast.v1', { ...stamp(c), voteId: open.voteId, member: me, ballot: c.ballot }));
};

export const closeVote: Handler<'close-vote'> = (state, c, ctx) => {
  const denied = requireChair(c, 'close the vote', 'Rule 40');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const open = state.openVote;
  if (!open || (c.voteId !== undefined && c.voteId !== open.voteId)) return refuse('no-vote-open', 'no such vote is open');
  return decideAndRecord(state, ctx, stamp(c), {
    voteId: open.voteId,
    question: open.question,
    subject: open.subject,
    matter: open.matter,
    majority: open.majority,
    ballots: open.ballots,
  });
};

export const recordVote: Handler<'record-vote'> = (state, c, ctx) => {
  const q = resolveQuestion(state, c);
  if (!q.ok) return q.out;
  if (c.ballots) {
    const stranger = Object.keys(c.ballots).find((code) => !isMember(state, code));
    if (stranger && state.session!.members.length > 0) return refuse('not-a-council-member', `${stranger} has no vote here`, 'spec R18');
  } else if (isSecurityCouncil(state) || !c.tally) {
    return refuse(
      'ballots-incomplete',
      isSecurityCouncil(state) ? "a Council vote needs each member's ballot" : 'give "ballots" or "tally"',
      'spec R18',
    );
  }
  return decideAndRecord(state, ctx, stamp(c), {
    voteId: c.voteId,
    question: c.question,
    subject: q.value.subject ?? c.subject,
    matter: q.value.matter,
    majority: q.value.majority,
    ballots: c.ballots,
    tally: c.tally,
    resolution: c.resolution,
  });
};

/**
 * A recorded vote in the Assembly, a committee or the HRC begins with the member drawn by lot
 * (GA rules 87 [128]); the lot is seeded by the vote's id, so a replay draws the same member.
 */
function firstByLot(state: SessionState, voteId: string): string | undefined {
  if (isSecurityCouncil(state) || !state.session) return undefined;
  let seed = 0;
  for (const ch of voteId) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) >>> 0;
  return rollCallOrder(state.session.members, seed).drawn?.code;
}

interface VoteToDecide {
  voteId: string;
  question: string;
  subject: VoteSubject;
  matter: Matter;
  majority?: Majority;
  ballots?: Record<StateCode, Ballot>;
  tally?: VoteRecorded['tally'];
  resolution?: string;
}

function decideAndRecord(state: SessionState, ctx: EngineContext, at: Stamp, v: VoteToDecide): Outcome {
  const s = state.session!;
  // Every seat appears in the record: members who cast nothing were absent (spec R18).
  const ballots =
    v.ballots && memberCodes(state).length > 0
      ? Object.fromEntries(memberCodes(state).map((m) => [m, v.ballots![m] ?? ('absent' as Ballot)]))
      : v.ballots;
  // A Model UN caucus motion is decided by the practice's majority (src/rules/practice/caucus.ts).
  if (isCaucusVote(v.subject) && !ballots)
    return refuse('ballots-incomplete', "a caucus motion is decided from each member's ballot", 'practice: Model UN');
  const caucus = isCaucusVote(v.subject) && ballots ? decideCaucusVote(state, ballots) : null;
  const decided = caucus
    ? { ok: true as const, value: caucus }
    : ctx.decideVote(
        clean({
          body: s.body,
          date: state.scheduledDate ?? s.date,
          members: s.members,
          matter: v.matter,
          majority: v.majority,
          ballots,
          tally: ballots ? undefined : v.tally,
        }),
      );
  if (!decided.ok) return refusedByRule(decided.error);
  const recorded = event(
    'vote-recorded.v1',
    clean({
      ...at,
      voteId: v.voteId,
      question: v.question,
      subject: v.subject,
      matter: v.matter,
      majority: v.majority,
      ballots,
      tally: decided.value.tally,
      decision: decided.value,
      resolution: v.resolution,
    }),
  );
  const caucusEvents = caucus && decided.value.outcome === 'adopted' ? caucusConsequences(state, at, v.subject, ctx) : [];
  return emit(recorded, ...consequences(state, at, v, decided.value), ...caucusEvents);
}

/** What an outcome does to the meeting. */
function consequences(state: SessionState, at: Stamp, v: VoteToDecide, decision: Decision): SessionEvent[] {
  const adopted = decision.outcome === 'adopted';
  const subject = v.subject;
  switch (subject.kind) {
    case 'agenda':
      // R13: not adopted means the Council cannot take up the item at this meeting.
      return [
        event('agenda-decided.v1', { ...at, adopted, method: 'vote', voteId: v.voteId }),
        ...(adopted ? summaryStatementUpdates(state, at) : []),
      ];
    case 'invitation':
      return [
        event('invitations-decided.v1', {
          ...at,
          invited: adopted ? [subject.invitee] : [],
          notInvited: adopted ? [] : [subject.invitee],
          method: 'vote',
          voteId: v.voteId,
        }),
      ];
    case 'draft':
      return [
        event('draft-decided.v1', { ...at, draftId: subject.draftId, status: adopted ? 'adopted' : 'not-adopted', voteId: v.voteId }),
      ];
    case 'motion': {
      const decided = motionConsequences(state, at, subject.motionId, subject.motion, adopted, v.voteId);
      if (!adopted) return decided;
      if (subject.motion === 'suspend') return [...decided, event('meeting-suspended.v1', at)];
      if (subject.motion === 'adjourn' || subject.motion === 'adjourn-to') return [...decided, event('meeting-adjourned.v1', at)];
      return decided;
    }
    case 'division':
    case 'part':
      return divisionConsequences(state, at, subject, v.voteId, decision);
    case 'other':
      return [];
  }
}
