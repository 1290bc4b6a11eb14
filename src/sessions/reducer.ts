/**
 * The one authoritative reducer (boardgame.io style): CLI, server, store tests and
 * fixtures all fold events through `reduce`. It is pure. `reduce` and `replay` take
 * untrusted input (a store, a file, the wire): every event is checked against its schema
 * first (src/protocol/events.ts), and an unknown type or a malformed payload throws a
 * typed MalformedEventError instead of being skipped, so a damaged log is seen, not
 * half-read. `reduceChecked` and `replayChecked` fold events that are already a
 * `SessionEvent` — checked once when read (checkEvent), or produced by the engine itself
 * (handle.ts) — without checking them again. It never judges: validation of intent
 * happened when the command was handled; an event before `session-created` changes nothing.
 */
import { checkEvent } from '../protocol/events.js';
import type { EventOf, SessionEvent } from './events.js';
import { amendText, applyRunning } from './reduce-running.js';
import { applyDivision } from './reduce-division.js';

type DocumentEvent = EventOf<'communication-submitted.v1'> | EventOf<'symbol-counter-set.v1'> | EventOf<'document-issued.v1'>;
import { initialState, type Invitation, type SessionState } from './state.js';

export { initialState };
export type { SessionState };

/**
 * How the reducer grows lists and maps. `reduce` copies (every state stays valid);
 * `replay` owns the states it builds along the way and appends in place, which is what
 * makes a long meeting replay at memory speed. Same code, two ways to grow.
 */
interface Grow {
  with<T extends object>(target: T, patch: Partial<T>): T;
  append<T>(list: T[], item: T): T[];
  set<V>(map: Record<string, V>, key: string, value: V): Record<string, V>;
}
const COPYING: Grow = {
  with: (target, patch) => ({ ...target, ...patch }),
  append: (list, item) => [...list, item],
  set: (map, key, value) => ({ ...map, [key]: value }),
};
const IN_PLACE: Grow = {
  with: (target, patch) => Object.assign(target, patch),
  append: (list, item) => {
    list.push(item);
    return list;
  },
  set: (map, key, value) => {
    map[key] = value;
    return map;
  },
};

/** Apply one event; the same object when it changes nothing. Throws MalformedEventError on an event it cannot read. */
export function reduce(state: SessionState, event: { type: string; data: unknown }): SessionState {
  return apply(state, checkEvent(event), COPYING);
}

/** `reduce` for an event already checked (checkEvent) or produced by the engine: no second schema check. */
export function reduceChecked(state: SessionState, event: SessionEvent): SessionState {
  return apply(state, event, COPYING);
}

/** A copy of `s` whose lists and maps belong to the caller, so they can grow in place. */
function owned(s: SessionState): SessionState {
  return {
    ...s,
    whipCounts: [...s.whipCounts],
    agenda: { ...s.agenda, objections: [...s.agenda.objections] },
    summaryStatement: [...s.summaryStatement],
    invitations: [...s.invitations],
    speakers: [...s.speakers],
    statements: [...s.statements],
    drafts: [...s.drafts],
    motions: [...s.motions],
    openVote: s.openVote && { ...s.openVote, ballots: { ...s.openVote.ballots } },
    votes: [...s.votes],
    webcast: { ...s.webcast, consents: { ...s.webcast.consents } },
    documents: { communications: [...s.documents.communications], issued: [...s.documents.issued], counters: { ...s.documents.counters } },
    roll: s.roll && { ...s.roll, answers: { ...s.roll.answers } },
  };
}

/** Fold a whole stream from `from` (default: the initial state). Equals reducing one by one. */
export function replay(events: Iterable<{ type: string; data: unknown }>, from: SessionState = initialState): SessionState {
  let state = owned(from);
  for (const e of events) state = apply(state, checkEvent(e), IN_PLACE);
  return state;
}

/** `replay` of events already checked (checkEvent, once, when they were read) or produced by the engine. */
export function replayChecked(events: Iterable<SessionEvent>, from: SessionState = initialState): SessionState {
  let state = owned(from);
  for (const e of events) state = apply(state, e, IN_PLACE);
  return state;
}

function apply(state: SessionState, e: SessionEvent, grow: Grow): SessionState {
  if (e.type === 'session-created.v1') {
    if (state.session) return state;
    return grow.with(state, { session: e.data, phase: 'pending' });
  }
  if (!state.session) return state;
  switch (e.type) {
    case 'meeting-requested.v1':
      return grow.with(state, { request: e.data });
    case 'support-counted.v1':
      return grow.with(state, { whipCounts: grow.append(state.whipCounts, e.data) });
    case 'request-withdrawn.v1':
      return grow.with(state, { withdrawal: e.data, phase: 'withdrawn' });
    case 'meeting-scheduled.v1':
      return grow.with(state, { scheduledDate: e.data.date, phase: 'scheduled' });
    case 'meeting-opened.v1':
      return grow.with(state, { phase: 'open' });
    case 'agenda-proposed.v1':
      return grow.with(state, { agenda: { status: 'proposed', items: e.data.items, objections: [] } });
    case 'agenda-objected.v1':
      if (state.agenda.objections.includes(e.data.by)) return state;
      return grow.with(state, { agenda: { ...state.agenda, objections: grow.append(state.agenda.objections, e.data.by) } });
    case 'agenda-decided.v1':
      return grow.with(state, { agenda: { ...state.agenda, status: e.data.adopted ? 'adopted' : 'not-adopted', method: e.data.method } });
    case 'summary-statement-updated.v1':
      return grow.with(state, { summaryStatement: grow.append(state.summaryStatement, e.data) });
    case 'invitation-proposed.v1': {
      const d = e.data;
      // Built field by field: object rest (`...rest`) is many times slower in V8 and this runs per invitee.
      const invitation: Invitation = { invitee: d.invitee, name: d.name, rule: d.rule, status: 'proposed', objections: [] };
      if (d.title !== undefined) invitation.title = d.title;
      const again = state.invitations.some((i) => i.invitee === d.invitee);
      const others = again ? state.invitations.filter((i) => i.invitee !== d.invitee) : state.invitations;
      return grow.with(state, { invitations: again ? [...others, invitation] : grow.append(others, invitation) });
    }
    case 'invitation-objected.v1':
      return mapInvitation(
        state,
        e.data.invitee,
        (i) => (i.objections.includes(e.data.by) ? i : { ...i, objections: [...i.objections, e.data.by] }),
        grow,
      );
    case 'invitations-decided.v1': {
      const invited = new Set(e.data.invited);
      const refused = new Set(e.data.notInvited);
      return grow.with(state, {
        invitations: state.invitations.map((i) =>
          invited.has(i.invitee)
            ? { ...i, status: 'invited' as const }
            : refused.has(i.invitee)
              ? { ...i, status: 'not-invited' as const }
              : i,
        ),
      });
    }
    case 'invitation-declined.v1': {
      const known = state.invitations.some((i) => i.invitee === e.data.invitee);
      if (known) return mapInvitation(state, e.data.invitee, (i) => ({ ...i, status: 'declined' }), grow);
      // A state may decline before any invitation is proposed (the DPRK, 19 Dec 2014; R39).
      const declined: Invitation = { invitee: e.data.invitee, name: e.data.invitee, rule: '37', status: 'declined', objections: [] };
      return grow.with(state, { invitations: grow.append(state.invitations, declined) });
    }
    case 'floor-requested.v1':
      if (state.speakers.includes(e.data.speaker)) return state;
      return grow.with(state, { speakers: grow.append(state.speakers, e.data.speaker) });
    case 'statement-made.v1':
      return grow.with(state, {
        statements: grow.append(state.statements, e.data),
        speakers: state.speakers.includes(e.data.speaker) ? state.speakers.filter((s) => s !== e.data.speaker) : state.speakers,
        floor: state.floor?.member === e.data.speaker ? null : state.floor,
      });
    case 'draft-submitted.v1':
      return grow.with(state, { drafts: grow.append(state.drafts, { ...e.data, status: 'submitted' as const }) });
    case 'draft-withdrawn.v1':
      return grow.with(state, { drafts: state.drafts.map((d) => (d.draftId === e.data.draftId ? { ...d, status: 'withdrawn' } : d)) });
    case 'draft-decided.v1': {
      const drafts = state.drafts.map((d) => (d.draftId === e.data.draftId ? { ...d, status: e.data.status } : d));
      const decided = drafts.find((d) => d.draftId === e.data.draftId);
      // An adopted amendment changes the text it amends: that text is then voted as amended.
      return grow.with(state, { drafts: decided && e.data.status === 'adopted' ? amendText(drafts, decided) : drafts });
    }
    case 'motion-moved.v1':
      return grow.with(state, { motions: grow.append(state.motions, { ...e.data, status: 'pending' as const }) });
    case 'motion-decided.v1':
      return grow.with(state, {
        motions: state.motions.map((m) => (m.motionId === e.data.motionId ? { ...m, status: e.data.status } : m)),
      });
    case 'vote-opened.v1':
      // Nobody holds the floor once voting begins (R27).
      return grow.with(state, { openVote: { ...e.data, ballots: {} }, floor: null });
    case 'ballot-cast.v1': {
      const open = state.openVote;
      if (!open || open.voteId !== e.data.voteId) return state;
      return grow.with(state, { openVote: grow.with(open, { ballots: grow.set(open.ballots, e.data.member, e.data.ballot) }) });
    }
    case 'vote-recorded.v1':
      return grow.with(state, {
        votes: grow.append(state.votes, e.data),
        openVote: state.openVote && state.openVote.voteId === e.data.voteId ? null : state.openVote,
      });
    case 'webcast-consent-given.v1':
      return grow.with(state, { webcast: { ...state.webcast, consents: grow.set(state.webcast.consents, e.data.member, e.data.consent) } });
    case 'webcast-decided.v1':
      return grow.with(state, { webcast: { ...state.webcast, decision: e.data } });
    case 'meeting-suspended.v1':
      return grow.with(state, { phase: 'suspended', floor: null, caucus: null });
    case 'meeting-resumed.v1':
      return grow.with(state, { phase: 'open' });
    case 'meeting-adjourned.v1':
      return grow.with(state, { phase: 'adjourned', floor: null, caucus: null });
    case 'meeting-closed.v1':
      return grow.with(state, { phase: 'closed', openVote: null, floor: null, caucus: null });
    case 'floor-given.v1':
    case 'floor-extended.v1':
    case 'floor-yielded.v1':
    case 'speakers-list-changed.v1':
    case 'point-raised.v1':
    case 'point-resolved.v1':
    case 'straw-poll-opened.v1':
    case 'straw-poll-answered.v1':
    case 'straw-poll-closed.v1':
    case 'draft-cosponsored.v1':
    case 'caucus-started.v1':
    case 'caucus-extended.v1':
    case 'caucus-ended.v1':
      return applyRunning(state, e);
    case 'division-requested.v1':
    case 'division-objected.v1':
    case 'division-decided.v1':
    case 'part-decided.v1':
    case 'division-completed.v1':
      return applyDivision(state, e);
    case 'note-sent.v1':
      // Restricted (visibility.ts): a note never enters the state, which is public.
      return state;
    case 'roll-called.v1':
      return grow.with(state, { roll: { rollId: e.data.rollId, answers: {} } });
    case 'roll-answered.v1': {
      const roll = state.roll;
      if (!roll) return state;
      return grow.with(state, { roll: grow.with(roll, { answers: grow.set(roll.answers, e.data.member, e.data.attendance) }) });
    }
    case 'co-chair-issued.v1':
    case 'co-chair-revoked.v1':
      // Who holds which key is the server's business (src/server/co-chairs.ts), not the meeting's.
      return state;
    case 'communication-submitted.v1':
    case 'symbol-counter-set.v1':
    case 'document-issued.v1':
      return applyDocumentEvent(state, e, grow);
  }
}

/** Documents (spec R46-R50): submissions, counters, issues; an issued draft carries its latest symbol into the record. */
function applyDocumentEvent(state: SessionState, e: DocumentEvent, grow: Grow): SessionState {
  const docs = state.documents;
  switch (e.type) {
    case 'communication-submitted.v1':
      return grow.with(state, { documents: { ...docs, communications: grow.append(docs.communications, { ...e.data, issuedAs: null }) } });
    case 'symbol-counter-set.v1':
      return grow.with(state, { documents: { ...docs, counters: grow.set(docs.counters, e.data.series, e.data.next) } });
    case 'document-issued.v1': {
      const d = e.data;
      let counters = docs.counters;
      for (const used of d.numbered) counters = grow.set(counters, used.series, used.n + 1);
      const symbol = d.organs.map((o) => o.symbol).join('\u2013');
      const of = d.of;
      const communications =
        of.kind === 'communication'
          ? docs.communications.map((c) =>
              c.communicationId === of.communicationId && c.issuedAs === null ? { ...c, issuedAs: d.documentId } : c,
            )
          : docs.communications;
      const drafts = of.kind === 'draft' ? state.drafts.map((x) => (x.draftId === of.draftId ? { ...x, symbol } : x)) : state.drafts;
      return grow.with(state, { drafts, documents: { communications, issued: grow.append(docs.issued, { ...d, symbol }), counters } });
    }
  }
}

function mapInvitation(state: SessionState, invitee: string, f: (i: Invitation) => Invitation, grow: Grow): SessionState {
  return grow.with(state, { invitations: state.invitations.map((i) => (i.invitee === invitee ? f(i) : i)) });
}
