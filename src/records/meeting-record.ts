/**
 * What a meeting leaves in writing, by format (spec R40-R43):
 *  - public formal meeting: a verbatim record, S/PV.<n> (Rule 49);
 *  - private formal meeting: a communiqué in place of the verbatim record (Rule 55);
 *  - Arria-formula meeting: no official record; at most the conveners' own summary;
 *  - consultations: no record at all;
 *  - GA plenary and committee meetings: the official record of the meeting.
 * Never includes the session's credentials.
 */
import { verbatimRecordSymbol } from './symbols/index.js';
import type { Member, SessionCreated } from '../sessions/events.js';
import type { Invitation, IssuedDocument, SessionState } from '../sessions/state.js';
import { dayAndDate, joinList, longDate, ordinal, ordinalWord, clock } from './format.js';
import { displayName, proceedings, type Entry, type VoteLines } from './proceedings.js';
import { letterDocument, type LetterDocument } from './letter.js';

export type RecordKind = 'verbatim' | 'communique' | 'conveners-summary' | 'none' | 'ga-record';

export interface MeetingRecord {
  kind: RecordKind;
  /** "S/PV.7353", or null when the meeting has none (or its number is not known). */
  symbol: string | null;
  organ: string;
  /** "Sixty-ninth year, 7353rd meeting" and the like. */
  heading: string;
  date: string;
  /** "Monday, 22 December 2014, 3.08 p.m." */
  when: string;
  president: string | null;
  title: string;
  members: Member[];
  agenda: string[];
  invitations: Invitation[];
  request: LetterDocument | null;
  /** Documents issued in the session ("A/69/624–S/2014/873: Letter dated …"), cited where the record refers to them. */
  documents: { symbol: string; title: string }[];
  entries: Entry[];
  votes: VoteLines[];
  /** Plain-language notes on what kind of document this is and why. */
  notes: string[];
  sources: string[];
}

const ORGAN: Record<SessionCreated['body'], string> = {
  'security-council': 'Security Council',
  'general-assembly': 'General Assembly',
  'ga-third-committee': 'General Assembly, Third Committee',
  'ga-main-committee': 'General Assembly, Main Committee',
  'human-rights-council': 'Human Rights Council',
};

/** The Main Committees by number (GA rule 98). */
const COMMITTEES = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];

function kindOf(s: SessionCreated): RecordKind {
  if (s.body !== 'security-council') return 'ga-record';
  return ({ public: 'verbatim', private: 'communique', arria: 'conveners-summary', consultations: 'none' } as const)[s.format];
}

function notesFor(kind: RecordKind, state: SessionState, symbol: string | null): string[] {
  switch (kind) {
    case 'verbatim':
      return symbol ? [] : ['The meeting number is not recorded in this session, so the record symbol (S/PV.<n>) is not shown.'];
    case 'communique':
      return ['Private meeting: this communiqué, issued through the Secretary-General, takes the place of a verbatim record (Rule 55).'];
    case 'conveners-summary':
      return [
        'Arria-formula meetings are not meetings of the Security Council: there is no official record, agenda or vote. This is a summary of the kind conveners may circulate (spec R43).',
        ...(state.webcast.decision && !state.webcast.decision.webcast ? ['The meeting was not webcast on UN Web TV.'] : []),
      ];
    case 'none':
      return ['Consultations of the whole are not formal meetings: no record is kept (spec R42).'];
    case 'ga-record':
      return [];
  }
}

/** Build the record of a session from its events. */
export function meetingRecord(events: readonly { type: string; data: unknown }[]): MeetingRecord | null {
  const { entries, state } = proceedings(events);
  const s = state.session;
  if (!s) return null;
  const kind = kindOf(s);
  const date = state.scheduledDate ?? s.date;
  const symbol = s.body === 'security-council' && s.meetingNumber && (kind === 'verbatim' || kind === 'communique') ? verbatimRecordSymbol(s.meetingNumber) : null;
  const year = Number(date.slice(0, 4)) - 1945;
  const heading = s.body === 'security-council'
    ? `${ordinalWord(year)} year${s.meetingNumber ? `, ${ordinal(s.meetingNumber)} meeting` : ''}`
    // A GA regular session opens in September: 18 Nov 2014 falls in the sixty-ninth session.
    : `${ordinalWord(Number(date.slice(0, 4)) - 1945 - (Number(date.slice(5, 7)) < 9 ? 1 : 0))} session`;
  const opened = entries.find((e) => e.text === 'The meeting was called to order.' && e.time);
  const withdrawn = state.phase === 'withdrawn';
  const president = s.format === 'arria'
    ? (s.conveners ? `Convened by ${joinList(s.conveners.map((c) => displayName(state, c)))}` : null)
    : s.president ? (s.members.find((m) => m.code === s.president)?.name ?? s.president) : null;
  const votes = entries.flatMap((e) => (e.vote ? [e.vote] : []));
  // The agenda's own entries (adoption, objections, votes) stay in the proceedings; the list is the items.
  const agenda = state.agenda.items.length ? ['Adoption of the agenda', ...state.agenda.items.map((i) => (i.subItem ? `${i.title}: ${i.subItem}` : i.title))] : [];
  const notes = [
    ...(withdrawn ? ['The request was withdrawn before the meeting: no meeting was held and no record exists.'] : []),
    ...notesFor(kind, state, symbol),
  ];
  return {
    kind: withdrawn ? 'none' : kind,
    symbol,
    organ: s.body === 'ga-main-committee' && s.committee ? `General Assembly, ${COMMITTEES[s.committee - 1] ?? 'Main'} Committee` : ORGAN[s.body],
    heading,
    date,
    when: `${dayAndDate(date)}${opened?.time ? `, ${clock(opened.time)}` : ''}`,
    president,
    title: s.title,
    members: s.members,
    agenda,
    invitations: state.invitations.map((i) => (i.name === i.invitee ? { ...i, name: displayName(state, i.invitee) } : i)),
    request: state.request?.letter ? letterDocument(state.request.letter) : null,
    documents: state.documents.issued.map((d) => ({ symbol: d.symbol, title: issuedTitle(state, d) })),
    entries,
    votes,
    notes,
    sources: s.sources ?? [],
  };
}

/** What an issued document is called: the letter's title, or the draft's. */
export function issuedTitle(state: SessionState, d: IssuedDocument): string {
  const of = d.of;
  if (of.kind === 'communication') return state.documents.communications.find((c) => c.communicationId === of.communicationId)?.title ?? d.documentId;
  return state.drafts.find((x) => x.draftId === of.draftId)?.title ?? d.documentId;
}

/** The one-paragraph communiqué of a private meeting (Rule 55). */
export function communique(r: MeetingRecord): string {
  const invited = r.invitations.filter((i) => i.status === 'invited').map((i) => i.name);
  const outcomes = r.votes.map((v) => v.announcement);
  return [
    `At its ${r.heading.split(', ')[1] ?? 'private meeting'}, held in private on ${longDate(r.date)}, the Security Council considered the item entitled "${r.title}".`,
    invited.length ? `The Council agreed to invite ${joinList(invited)} to participate in the discussion without vote.` : '',
    ...outcomes,
  ].filter(Boolean).join(' ');
}
