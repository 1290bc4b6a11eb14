/**
 * Division of a text (Rule 32; GA rule 89 [129]; src/rules/bodies/division.ts decides): a member asks
 * that paragraphs be voted separately; an objection blocks it (the Council's mover) or sends the
 * motion for division to a vote (the Assembly bodies); then each part is voted, and what is left is
 * voted as a whole, or the text falls as a whole when every operative part was rejected.
 */
import {
  agreeDivisionWithoutVote,
  checkDivisionRequest,
  divisionMotionQuestion,
  judgeDivisionObjection,
  nextPart,
  partQuestion,
  textAfterDivision,
} from '../../rules/bodies/division.js';
import type { Decision } from '../../rules/types.js';
import { event, type SessionEvent, type Stamp, type VoteSubject } from '../events.js';
import type { CommandOf } from '../../protocol/commands.js';
import { bodyKind, isMember, type Division, type Draft, type SessionState } from '../state.js';
import { mustVoteFirst } from '../vote-order.js';
import {
  actingState,
  clean,
  emit,
  first,
  isChair,
  nothing,
  refuse,
  refusedByRule,
  requireChair,
  requireMemberDelegation,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
  type Outcome,
} from './shared.js';

const ACTIVE: readonly Division['status'][] = ['requested', 'objected', 'agreed'];

/** The division of `draftId` still before the meeting (asked, objected to, or being voted part by part). */
export function activeDivision(state: SessionState, draftId: string): Division | undefined {
  return (state.divisions ?? []).find((d) => d.draftId === draftId && ACTIVE.includes(d.status));
}

/** The text whose division (its motion or a part) is being voted now, if any. */
export function textOfDivisionVote(state: SessionState): string | undefined {
  const subject = state.openVote?.subject;
  if (subject?.kind !== 'division' && subject?.kind !== 'part') return undefined;
  return (state.divisions ?? []).find((d) => d.divisionId === subject.divisionId)?.draftId;
}

/** Who acts: a member delegation for itself, or the chair naming the delegation (one with no device). */
function actor(
  state: SessionState,
  c: CommandOf<'request-division'> | CommandOf<'object-to-division'>,
  what: string,
): { code: string } | { out: Outcome } {
  if (isChair(c)) {
    if (c.member === undefined)
      return { out: refuse('invalid-command', `member: the chair must name the delegation that wishes to ${what}`) };
    if (!isMember(state, c.member))
      return { out: refuse('not-a-council-member', `${c.member} is not a member and may not ${what}`, 'spec R38') };
    return { code: c.member };
  }
  const denied = requireMemberDelegation(state, c, what);
  if (denied) return { out: refuse(denied.code, denied.message, denied.rule) };
  const me = actingState(c)!;
  if (c.member !== undefined && c.member !== me) return { out: refuse('not-your-ballot', 'a delegation acts for itself') };
  return { code: me };
}

export const requestDivision: Handler<'request-division'> = (state, c) => {
  const who = actor(state, c, 'ask for a division');
  if ('out' in who) return who.out;
  const denied = first(requireOpen(state, 'divide a text'), requireNoVote(state, 'divide a text'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if ((state.divisions ?? []).some((d) => d.divisionId === c.divisionId)) return refuse('duplicate-id', `division ${c.divisionId} exists`);
  const d = state.drafts.find((x) => x.draftId === c.draftId);
  if (!d) return refuse('unknown-draft', `no text ${c.draftId}`);
  if (d.status !== 'submitted') return refuse('already-decided', `${c.draftId} is ${d.status}`);
  const judged = checkDivisionRequest(bodyKind(state), {
    preambular: d.preambular?.length ?? 0,
    operative: d.operative?.length ?? 0,
    parts: c.parts,
    pendingAmendments: state.drafts.filter((a) => a.amends === d.draftId && a.status === 'submitted').length,
    divisionPending: activeDivision(state, d.draftId) !== undefined,
  });
  if (!judged.ok) return refusedByRule(judged.error);
  const parts = judged.value.parts;
  return emit(
    event('division-requested.v1', {
      ...stamp(c),
      divisionId: c.divisionId,
      draftId: d.draftId,
      by: who.code,
      parts,
      wording: parts.map((p) => d[p.part]?.[p.index] ?? ''),
      rule: judged.value.rule,
    }),
  );
};

export const objectToDivision: Handler<'object-to-division'> = (state, c) => {
  const who = actor(state, c, 'object to a division');
  if ('out' in who) return who.out;
  const division = (state.divisions ?? []).find((d) => d.divisionId === c.divisionId);
  if (!division) return refuse('invalid-command', `no division ${c.divisionId} has been asked`);
  if (division.status !== 'requested' && division.status !== 'objected')
    return refuse('already-decided', `the division is ${division.status}`);
  if (state.openVote) return refuse('vote-in-progress', 'the motion for division is being voted', 'spec R27');
  const draft = state.drafts.find((d) => d.draftId === division.draftId);
  const judged = judgeDivisionObjection(bodyKind(state), { objector: who.code, movers: draft?.sponsors ?? [] });
  if (!judged.ok) return refusedByRule(judged.error);
  if (division.objections.includes(who.code)) return nothing();
  const objected = event('division-objected.v1', { ...stamp(c), divisionId: c.divisionId, by: who.code, ...judged.value });
  if (judged.value.effect === 'vote') return emit(objected);
  return emit(
    objected,
    event('division-decided.v1', {
      ...stamp(c),
      divisionId: c.divisionId,
      outcome: 'blocked',
      method: 'mover-objected',
      rule: judged.value.rule,
    }),
  );
};

export const agreeDivision: Handler<'agree-division'> = (state, c) => {
  const denied = first(
    requireChair(c, 'declare a division agreed'),
    requireOpen(state, 'agree a division'),
    requireNoVote(state, 'agree a division'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const division = (state.divisions ?? []).find((d) => d.divisionId === c.divisionId);
  if (!division) return refuse('invalid-command', `no division ${c.divisionId} has been asked`);
  if (division.status !== 'requested' && division.status !== 'objected')
    return refuse('already-decided', `the division is ${division.status}`);
  const judged = agreeDivisionWithoutVote(bodyKind(state), { objections: division.objections.length });
  if (!judged.ok) return refusedByRule(judged.error);
  return emit(
    event('division-decided.v1', {
      ...stamp(c),
      divisionId: c.divisionId,
      outcome: 'agreed',
      method: 'without-objection',
      rule: judged.value.rule,
    }),
  );
};

type Subject = Extract<VoteSubject, { kind: 'division' } | { kind: 'part' }>;
export interface DivisionQuestion {
  matter: Draft['matter'];
  majority?: Draft['majority'];
  subject: VoteSubject;
}

/** May this division question be put to the vote now, and how is it decided (open-vote, record-vote)? */
export function divisionQuestion(
  state: SessionState,
  subject: Subject,
): { ok: true; value: DivisionQuestion } | { ok: false; out: Outcome } {
  const fail = (out: Outcome) => ({ ok: false as const, out });
  const division = (state.divisions ?? []).find((d) => d.divisionId === subject.divisionId);
  if (!division) return fail(refuse('invalid-command', `no division ${subject.divisionId} has been asked`));
  const draft = state.drafts.find((d) => d.draftId === division.draftId);
  if (draft?.status !== 'submitted') return fail(refuse('already-decided', `${division.draftId} is no longer pending`));
  const body = bodyKind(state);
  if (subject.kind === 'division') {
    const q = divisionMotionQuestion(body);
    if (!q.ok) return fail(refusedByRule(q.error));
    if (division.status === 'requested') {
      return fail(refuse('wrong-phase', 'nobody objected: the chair may take the division as agreed without a vote', q.value.rule));
    }
    if (division.status !== 'objected') return fail(refuse('already-decided', `the division is ${division.status}`));
    return { ok: true, value: { matter: q.value.matter, majority: body === 'security-council' ? undefined : q.value.majority, subject } };
  }
  if (division.status !== 'agreed') {
    return fail(refuse('wrong-phase', `the parts are voted once the division is agreed (it is ${division.status})`, division.rule));
  }
  const before = mustVoteFirst(state.drafts, draft, state.session!.body);
  if (before && before.amends === draft.draftId) {
    return fail(refuse('wrong-order', `${before.symbol ?? before.draftId} amends the text and is voted first`, 'GA rule 90; Rule 36'));
  }
  const part = nextPart(division.parts, division.results);
  if (!part) return fail(refuse('already-decided', 'every part has been voted'));
  if (subject.part && (subject.part.part !== part.part || subject.part.index !== part.index)) {
    return fail(
      refuse(
        'wrong-order',
        `the parts are voted in the order of the text: ${part.part} paragraph ${part.index + 1} is next`,
        division.rule,
      ),
    );
  }
  const q = partQuestion(body, { matter: draft.matter, majority: draft.majority });
  return {
    ok: true,
    value: clean({ matter: q.matter, majority: q.majority, subject: { kind: 'part', divisionId: division.divisionId, part } }),
  };
}

/** Refuse the vote on the text as a whole while a division of it is undecided or its parts are unvoted. */
export function divisionBlocksWhole(state: SessionState, draftId: string): Outcome | null {
  const division = activeDivision(state, draftId);
  if (!division) return null;
  const what = division.status === 'agreed' ? 'its parts are voted separately first' : 'the request for its division is decided first';
  return refuse('wrong-order', `${draftId}: ${what}`, division.rule);
}

/** What the outcome of a division vote does: the division agreed or not; a part retained or not, and the text after the last one. */
export function divisionConsequences(state: SessionState, at: Stamp, subject: Subject, voteId: string, decision: Decision): SessionEvent[] {
  const adopted = decision.outcome === 'adopted';
  const division = (state.divisions ?? []).find((d) => d.divisionId === subject.divisionId);
  if (!division) return [];
  if (subject.kind === 'division') {
    const rule = divisionMotionQuestion(bodyKind(state));
    return [
      event('division-decided.v1', {
        ...at,
        divisionId: division.divisionId,
        outcome: adopted ? 'agreed' : 'rejected',
        method: 'vote',
        voteId,
        rule: rule.ok ? rule.value.rule : division.rule,
      }),
    ];
  }
  const part = subject.part ?? nextPart(division.parts, division.results);
  if (!part) return [];
  const decided = event('part-decided.v1', { ...at, divisionId: division.divisionId, part, retained: adopted, voteId });
  const results = [...division.results, decided.data];
  if (nextPart(division.parts, results)) return [decided];
  const draft = state.drafts.find((d) => d.draftId === division.draftId)!;
  const after = textAfterDivision(bodyKind(state), { preambular: draft.preambular ?? [], operative: draft.operative ?? [] }, results);
  const completed = event('division-completed.v1', {
    ...at,
    divisionId: division.divisionId,
    draftId: draft.draftId,
    outcome: after.outcome,
    preambular: after.preambular,
    operative: after.operative,
    rule: after.rule,
  });
  if (after.outcome === 'vote-as-whole') return [decided, completed];
  return [decided, completed, event('draft-decided.v1', { ...at, draftId: draft.draftId, status: 'not-adopted' })];
}
