/**
 * A session's events as proceedings: time-ordered plain sentences, the way a record or a
 * replay reads them. Names are resolved against the state as it stood at each event.
 */
import type { Ballot } from '../rules/types.js';
import type { SessionEvent, VoteRecorded } from '../sessions/events.js';
import { reduce, initialState, type SessionState } from '../sessions/reducer.js';
import { nameOf } from '../sessions/state.js';
import { announcement, resultOfVoting } from './announce.js';
import { withArticle } from '../rules/explain.js';
import { officialName } from '../sessions/data-adapter.js';
import { joinList, longDate } from './format.js';

/** A participant's name: as the session knows it, else the state's official name on the date. */
export function displayName(state: SessionState, id: string): string {
  const known = nameOf(state, id);
  return known === id && /^[A-Z]{3}$/.test(id) && state.session ? officialName(id, state.session.date) : known;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type EntryKind = 'session' | 'request' | 'procedure' | 'agenda' | 'invitation' | 'statement' | 'vote' | 'ballot' | 'webcast' | 'text';

/** How a vote reads in a record: names under each heading, then the President's words. */
export interface VoteLines {
  voteId: string;
  question: string;
  inFavour: string[];
  against: string[];
  abstaining: string[];
  notParticipating: string[];
  absent: string[];
  /** True when only totals are known (a GA recorded vote kept by its tally). */
  totalsOnly: boolean;
  result: string;
  announcement: string;
  explanation: string;
  resolution?: string;
}

export interface Entry {
  time?: string;
  kind: EntryKind;
  text: string;
  source?: string;
  vote?: VoteLines;
}

export interface ProceedingsOptions {
  /** Include each ballot as it was cast (replays); records show only the result. */
  ballots?: boolean;
}

const BALLOT_WORD: Record<Ballot, string> = {
  yes: 'in favour',
  no: 'against',
  abstain: 'abstaining',
  'non-participation': 'not participating',
  absent: 'absent',
};

export function voteLines(state: SessionState, v: VoteRecorded): VoteLines {
  const by = (b: Ballot) => (v.ballots ? state.session!.members.filter((m) => v.ballots![m.code] === b).map((m) => m.name) : []);
  const draft = v.subject.kind === 'draft' ? state.drafts.find((d) => d.draftId === (v.subject as { draftId: string }).draftId) : undefined;
  return {
    voteId: v.voteId,
    question: v.question,
    inFavour: by('yes'),
    against: by('no'),
    abstaining: by('abstain'),
    notParticipating: by('non-participation'),
    absent: by('absent'),
    totalsOnly: !v.ballots,
    result: `The result of the voting is as follows: ${resultOfVoting(v)}.`,
    announcement: announcement(v, state.session!.body, draft),
    explanation: v.decision.explanation,
    ...(v.resolution ? { resolution: v.resolution } : {}),
  };
}

function describe(before: SessionState, after: SessionState, e: SessionEvent, options: ProceedingsOptions): Omit<Entry, 'time' | 'source'> | null {
  // In running text: "the Russian Federation"; at the start of a sentence: "The Russian Federation".
  const inline = (id: string) => withArticle(displayName(after, id));
  const name = (id: string) => capitalised(inline(id));
  const names = (ids: readonly string[]) => capitalised(joinList(ids.map((id) => withArticle(displayName(after, id)))));
  switch (e.type) {
    case 'session-created.v1': {
      const d = e.data;
      const organ = d.body === 'security-council' ? 'Security Council' : d.body === 'general-assembly' ? 'General Assembly, plenary' : 'General Assembly, Third Committee';
      const format = d.body === 'security-council' ? { public: 'public meeting', private: 'private meeting', consultations: 'consultations of the whole', arria: 'Arria-formula meeting' }[d.format] : 'meeting';
      const chair = d.format === 'arria' && d.conveners ? `; convened by ${names(d.conveners)}` : d.president ? `; President: ${name(d.president)}` : '';
      return { kind: 'session', text: `${organ}, ${format}, ${longDate(d.date)}: ${d.title}${chair}.` };
    }
    case 'meeting-requested.v1': {
      const d = e.data;
      const letter = d.letter ? `By a letter${d.letter.date ? ` dated ${longDate(d.letter.date)}` : ''} (${d.letter.gaSymbol ? `${d.letter.gaSymbol}\u2013` : ''}${d.letter.symbol}), ` : '';
      const rule = d.basis === 'rule-2' ? 'Rule 2' : 'Rule 3';
      return { kind: 'request', text: `${letter}${names(d.requesters)} requested a meeting under ${rule}${d.urgency === 'urgent' ? ', as a matter of urgency' : ''}.` };
    }
    case 'support-counted.v1': {
      const d = e.data;
      const who = d.supporters ? ` (${names(d.supporters)})` : '';
      return { kind: 'request', text: `Whip count: ${d.count} members support the request${who}; a procedural vote needs ${d.required}: ${d.winnable ? 'it can be won' : 'it would be lost'}.${d.note ? ` ${d.note}.` : ''}` };
    }
    case 'request-withdrawn.v1':
      return { kind: 'request', text: `The request was withdrawn${typeof e.data.by === 'string' && e.data.by.length === 3 ? ` by ${inline(e.data.by)}` : ''}${e.data.reason ? `: ${e.data.reason}` : ''}. No meeting was held.` };
    case 'meeting-scheduled.v1':
      return { kind: 'procedure', text: `The President${e.data.by !== 'chair' ? ` (${inline(e.data.by)})` : ''} scheduled the meeting for ${longDate(e.data.date)}.` };
    case 'meeting-opened.v1':
      return { kind: 'procedure', text: 'The meeting was called to order.' };
    case 'agenda-proposed.v1':
      return { kind: 'agenda', text: `Provisional agenda: 1. Adoption of the agenda. ${e.data.items.map((it, i) => `${i + 2}. ${it.title}${it.subItem ? ` (${it.subItem})` : ''}${it.documents?.length ? ` [${it.documents.join(', ')}]` : ''}.`).join(' ')}` };
    case 'agenda-objected.v1':
      return { kind: 'agenda', text: `${name(e.data.by)} objected to the adoption of the provisional agenda.` };
    case 'agenda-decided.v1':
      if (e.data.method === 'without-vote') return { kind: 'agenda', text: 'The agenda was adopted without a vote.' };
      return { kind: 'agenda', text: e.data.adopted ? 'The agenda was adopted.' : 'The agenda was not adopted: the Council cannot consider the item at this meeting.' };
    case 'summary-statement-updated.v1':
      return {
        kind: 'agenda',
        text: e.data.added
          ? `"${e.data.item}" is added to the Summary Statement of matters of which the Security Council is seized (Rule 11).`
          : `"${e.data.item}" remains on the Summary Statement; last formal consideration ${longDate(e.data.lastFormalConsideration)}.`,
      };
    case 'invitation-proposed.v1':
      return { kind: 'invitation', text: `The President proposed to invite ${e.data.name}${e.data.title ? `, ${e.data.title},` : ''} under ${e.data.rule === 'special' ? 'a special invitation' : `rule ${e.data.rule}`}.` };
    case 'invitation-objected.v1':
      return { kind: 'invitation', text: `${name(e.data.by)} objected to inviting ${inline(e.data.invitee)}.` };
    case 'invitations-decided.v1': {
      const parts = [];
      if (e.data.invited.length) parts.push(`${names(e.data.invited)} ${e.data.invited.length === 1 ? 'was' : 'were'} invited`);
      if (e.data.notInvited.length) parts.push(`${names(e.data.notInvited)} ${e.data.notInvited.length === 1 ? 'was' : 'were'} not invited`);
      return { kind: 'invitation', text: `${parts.join('; ')}${e.data.method === 'without-vote' ? ', there being no objection' : ''}.` };
    }
    case 'invitation-declined.v1':
      return { kind: 'invitation', text: `${name(e.data.invitee)} declined to take part.${e.data.note ? ` ${e.data.note}` : ''}` };
    case 'floor-requested.v1':
      return { kind: 'statement', text: `${name(e.data.speaker)} asked for the floor.` };
    case 'statement-made.v1': {
      const who = name(e.data.speaker);
      const inv = after.invitations.find((i) => i.invitee === e.data.speaker);
      const label = inv?.title ? `${who} (${inv.title})` : who;
      const verb = {
        statement: 'made a statement',
        briefing: 'briefed the meeting',
        'explanation-before-vote': 'explained its vote before the vote',
        'explanation-after-vote': 'explained its vote after the vote',
        'national-capacity': 'spoke in its national capacity as President',
      }[e.data.kind];
      return { kind: 'statement', text: `${label} ${verb}${e.data.summary ? `: ${e.data.summary}` : '.'}` };
    }
    case 'draft-submitted.v1': {
      const d = e.data;
      const label = d.symbol ? `${d.title} (${d.symbol})` : d.title;
      const sponsors = d.sponsors.length ? `, submitted by ${names(d.sponsors)}` : '';
      return { kind: 'procedure', text: d.amends ? `Amendment tabled: ${label}${sponsors}.` : `Draft before the meeting: ${label}${sponsors}.` };
    }
    case 'draft-withdrawn.v1':
      return { kind: 'procedure', text: `${e.data.draftId} was withdrawn.` };
    case 'draft-decided.v1':
      return null; // the vote entry already says it
    case 'motion-moved.v1': {
      const d = e.data;
      const what = {
        suspend: 'suspend the meeting',
        adjourn: 'adjourn the meeting',
        'adjourn-to': 'adjourn the meeting to a set day or hour',
        refer: 'refer the matter',
        postpone: 'postpone the discussion',
        'adjourn-debate': 'adjourn the debate on the item',
        'close-debate': 'close the debate on the item',
        competence: 'decide on the competence of the body',
      }[d.motion];
      const who = d.by === 'chair' ? 'The President' : name(d.by);
      return { kind: 'procedure', text: `${who} moved to ${what}${d.detail ? ` (${d.detail})` : ''} (Rule 33).` };
    }
    case 'motion-decided.v1':
      return e.data.status === 'lapsed' ? { kind: 'procedure', text: `The pending motion ${e.data.motionId} lapsed.` } : null;
    case 'vote-opened.v1':
      return { kind: 'vote', text: `The President put to the vote: ${e.data.question}.` };
    case 'ballot-cast.v1':
      return options.ballots ? { kind: 'ballot', text: `${name(e.data.member)}: ${BALLOT_WORD[e.data.ballot]}.` } : null;
    case 'vote-recorded.v1': {
      const lines = voteLines(after, e.data);
      return { kind: 'vote', text: `Vote on ${e.data.question}. ${lines.result} ${lines.announcement}`, vote: lines };
    }
    case 'webcast-consent-given.v1':
      return { kind: 'webcast', text: `${name(e.data.member)} ${e.data.consent ? 'consented' : 'did not consent'} to the UN webcast.` };
    case 'webcast-decided.v1':
      return {
        kind: 'webcast',
        text: e.data.webcast
          ? 'All members consented: the meeting is webcast on UN Web TV.'
          : `The meeting is not webcast by the UN${e.data.objectors.length ? `: ${names(e.data.objectors)} objected` : ''}; it proceeds in person (consent of all fifteen members is required).`,
      };
    case 'meeting-suspended.v1':
      return { kind: 'procedure', text: 'The meeting was suspended.' };
    case 'meeting-resumed.v1':
      return { kind: 'procedure', text: 'The meeting was resumed.' };
    case 'meeting-adjourned.v1':
      return { kind: 'procedure', text: 'The meeting was adjourned.' };
    case 'meeting-closed.v1':
      return { kind: 'procedure', text: before.phase === 'adjourned' ? 'The meeting was closed.' : 'The meeting rose.' };
    case 'communication-submitted.v1': {
      const d = e.data;
      const to = d.addressee === 'secretary-general' ? 'the Secretary-General' : 'the President of the Council';
      const organs = [
        ...(d.circulation.assembly ? [`of the General Assembly under agenda ${d.circulation.assembly.agendaItems.length === 1 ? 'item' : 'items'} ${joinList(d.circulation.assembly.agendaItems.map((i) => i.number))}`] : []),
        ...(d.circulation.council ? ['of the Security Council'] : []),
      ];
      return { kind: 'text', text: `${name(d.from)} wrote to ${to} ("${d.title}"), asking that it be circulated as a document ${organs.join(' and ')}.` };
    }
    case 'document-issued.v1': {
      const d = e.data;
      const issued = after.documents.issued.find((x) => x.documentId === d.documentId)!;
      const what = d.of.kind === 'communication'
        ? after.documents.communications.find((c) => c.communicationId === (d.of as { communicationId: string }).communicationId)?.title ?? 'A communication'
        : after.drafts.find((x) => x.draftId === (d.of as { draftId: string }).draftId)?.title ?? 'A draft';
      const modifier = d.modifies ? { Rev: ' (revision)', Add: ' (addendum)', Corr: ' (corrigendum)' }[d.modifies.modifier] : '';
      return { kind: 'text', text: `Document ${issued.symbol}${modifier} was issued: ${what}.` };
    }
    default:
      return null;
  }
}

/** Every event as an entry, in order (events the reducer ignores are skipped). */
export function proceedings(events: readonly { type: string; data: unknown }[], options: ProceedingsOptions = {}): { entries: Entry[]; state: SessionState } {
  let state = initialState;
  const entries: Entry[] = [];
  for (const raw of events) {
    const next = reduce(state, raw);
    if (next !== state || raw.type === 'meeting-closed.v1') {
      const e = raw as SessionEvent;
      const entry = describe(state, next, e, options);
      if (entry) {
        const stamp = e.data as { time?: string; source?: string };
        entries.push({ ...entry, ...(stamp.time ? { time: stamp.time } : {}), ...(stamp.source ? { source: stamp.source } : {}) });
      }
    }
    state = next;
  }
  return { entries, state };
}
