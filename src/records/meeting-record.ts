/**
 * What a meeting leaves in writing, by format (spec R40-R43):
 *  - public formal meeting: a verbatim record, S/PV.<n> (Rule 49);
 *  - private formal meeting: a communiqué in place of the verbatim record (Rule 55);
 *  - Arria-formula meeting: no official record; at most the conveners' own summary;
 *  - consultations: no record at all;
 *  - GA plenary and committee meetings: the official record of the meeting.
 * Never includes the session's credentials.
 */
import { publicSources } from './public-source.js';
import { verbatimRecordSymbol } from './symbols/index.js';
import type { Member, SessionCreated } from '../sessions/events.js';
import type { Invitation, IssuedDocument, SessionState } from '../sessions/state.js';
import { displayName, proceedings, type Entry, type VoteLines } from './proceedings.js';
import { words as wordsIn, type Language, type Words } from './lang/index.js';
import { letterDocument, type LetterDocument } from './letter.js';

export type RecordKind = 'verbatim' | 'communique' | 'conveners-summary' | 'none' | 'ga-record';

export interface MeetingRecord {
  kind: RecordKind;
  /** The record's language (one of the six official languages). */
  lang: Language;
  body: SessionCreated['body'];
  /** "S/PV.7353", or null when the meeting has none (or its number is not known). */
  symbol: string | null;
  organ: string;
  /** "Sixty-ninth year, 7353rd meeting" and the like. */
  heading: string;
  /** "7353rd meeting", for the communiqué; null when the number is not known. */
  meetingHeading: string | null;
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

function kindOf(s: SessionCreated): RecordKind {
  if (s.body !== 'security-council') return 'ga-record';
  return ({ public: 'verbatim', private: 'communique', arria: 'conveners-summary', consultations: 'none' } as const)[s.format];
}

function notesFor(kind: RecordKind, state: SessionState, symbol: string | null, w: Words): string[] {
  switch (kind) {
    case 'verbatim':
      return symbol ? [] : [w.t('note.noNumber')];
    case 'communique':
      return [w.t('note.communique')];
    case 'conveners-summary':
      return [w.t('note.arria'), ...(state.webcast.decision && !state.webcast.decision.webcast ? [w.t('note.notWebcast')] : [])];
    case 'none':
      return [w.t('note.consultations')];
    case 'ga-record':
      return [];
  }
}

/** Build the record of a session from its events, in `lang` (English by default). */
export function meetingRecord(events: readonly { type: string; data: unknown }[], lang: Language = 'en'): MeetingRecord | null {
  const w = wordsIn(lang);
  const { entries, state } = proceedings(events, { lang });
  const s = state.session;
  if (!s) return null;
  const kind = kindOf(s);
  const date = state.scheduledDate ?? s.date;
  const symbol =
    s.body === 'security-council' && s.meetingNumber && (kind === 'verbatim' || kind === 'communique')
      ? verbatimRecordSymbol(s.meetingNumber)
      : null;
  const year = Number(date.slice(0, 4)) - 1945;
  const heading =
    s.body === 'security-council'
      ? w.heading(year, s.meetingNumber, 'year')
      : // A GA regular session opens in September: 18 Nov 2014 falls in the sixty-ninth session.
        w.heading(Number(date.slice(0, 4)) - 1945 - (Number(date.slice(5, 7)) < 9 ? 1 : 0), undefined, 'session');
  const opened = events.some((e) => e.type === 'meeting-opened.v1') ? entries.find((e) => e.text === w.t('e.opened') && e.time) : undefined;
  const withdrawn = state.phase === 'withdrawn';
  const label = (code: string) => w.state(code, 'label', displayName(state, code));
  const president =
    s.format === 'arria'
      ? s.conveners
        ? w.t('convenedBy', { names: w.list(s.conveners.map(label)) })
        : null
      : s.president
        ? w.state(s.president, 'label', s.members.find((m) => m.code === s.president)?.name ?? s.president)
        : null;
  const votes = entries.flatMap((e) => (e.vote ? [e.vote] : []));
  // The agenda's own entries (adoption, objections, votes) stay in the proceedings; the list is the items.
  const agenda = state.agenda.items.length
    ? [w.t('agenda.adoption'), ...state.agenda.items.map((i) => (i.subItem ? `${w.known(i.title)}: ${i.subItem}` : w.known(i.title)))]
    : [];
  const notes = [...(withdrawn ? [w.t('note.withdrawn')] : []), ...notesFor(kind, state, symbol, w)];
  return {
    kind: withdrawn ? 'none' : kind,
    lang,
    body: s.body,
    symbol,
    organ: organName(s, w),
    heading: heading.full,
    meetingHeading: heading.meeting,
    date,
    when: `${w.dayAndDate(date)}${opened?.time ? `, ${w.clock(opened.time)}` : ''}`,
    president,
    title: w.known(s.title),
    members: s.members.map((m) => ({ ...m, name: w.state(m.code, 'label', m.name) })),
    agenda,
    invitations: state.invitations.map((i) => {
      // A briefer's title the data ship (e.g. the High Commissioner) in the record's language; typed titles as entered.
      const titled = i.title ? { ...i, title: w.known(i.title) } : i;
      return /^[A-Z]{3}$/.test(i.invitee) && (i.name === i.invitee || lang !== 'en') ? { ...titled, name: label(i.invitee) } : titled;
    }),
    request: state.request?.letter ? letterDocument(state.request.letter) : null,
    documents: state.documents.issued.map((d) => ({ symbol: d.symbol, title: issuedTitle(state, d) })),
    entries,
    votes,
    notes,
    // Outside sources only: the spec's cross-references stay in the data and the JSON export.
    sources: publicSources(s.sources ?? []),
  };
}

/** The organ's name in the record's language; a Main Committee by its number (GA rule 98). */
export function organName(s: Pick<SessionCreated, 'body' | 'committee'>, w: Words): string {
  if (s.body === 'ga-main-committee') return w.t('organ.ga-main-committee', { n: s.committee ?? 0 });
  return w.t(`organ.${s.body}`);
}

/** What an issued document is called: the letter's title, or the draft's. */
export function issuedTitle(state: SessionState, d: IssuedDocument): string {
  const of = d.of;
  if (of.kind === 'communication')
    return state.documents.communications.find((c) => c.communicationId === of.communicationId)?.title ?? d.documentId;
  return state.drafts.find((x) => x.draftId === of.draftId)?.title ?? d.documentId;
}

/** The one-paragraph communiqué of a private meeting (Rule 55). */
export function communique(r: MeetingRecord): string {
  const w = wordsIn(r.lang);
  const invited = r.invitations.filter((i) => i.status === 'invited').map((i) => i.name);
  const outcomes = r.votes.map((v) => v.announcement);
  return [
    w.t('communique.considered', {
      meeting: r.meetingHeading ?? w.t('communique.privateMeeting'),
      date: w.longDate(r.date),
      title: r.title,
    }),
    invited.length ? w.t('communique.invited', { names: w.list(invited) }) : '',
    ...outcomes,
  ]
    .filter(Boolean)
    .join(r.lang === 'zh' ? '' : ' ');
}
