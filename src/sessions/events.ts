/**
 * The event union: what happened in a session, in the past tense, with a version suffix
 * so old logs stay readable when a payload changes (a new shape gets ".v2"; the reducer
 * keeps understanding ".v1"). Events are facts: the reducer applies them without judging.
 */
import type { Ballot, Decision, IsoDate, StateCode, Tally } from '../rules/types.js';
import type { CaucusKind, CaucusMotion } from '../rules/practice/caucus.js';

import type { Majority, Matter } from '../protocol/commands.js';
import type { MeetingFormat, SessionBody } from '../protocol/vocabulary.js';

export type { Majority, Matter, MeetingFormat, SessionBody };
/** The procedural motions a session handles: Rule 33's, the GA's (amendments are tabled as drafts), and MUN caucus motions. */
export type MotionKind =
  | 'suspend'
  | 'adjourn'
  | 'adjourn-to'
  | 'refer'
  | 'postpone'
  | 'adjourn-debate'
  | 'close-debate'
  | 'competence'
  | CaucusMotion;
export type Attendance = 'present' | 'present-and-voting';

export interface Member {
  code: StateCode;
  name: string;
  permanent: boolean;
}

export type VoteSubject =
  | { kind: 'agenda' }
  | { kind: 'draft'; draftId: string }
  | { kind: 'invitation'; invitee: string }
  | { kind: 'motion'; motion: MotionKind; motionId?: string }
  /** A motion for division put to the vote (GA rule 89 [129]). */
  | { kind: 'division'; divisionId: string }
  /** A part of a text voted separately after a division (Rule 32; GA rule 89): the engine names the part. */
  | { kind: 'part'; divisionId: string; part?: ParagraphRef }
  | { kind: 'other' };

/** Fields every event may carry: the meeting clock and where the step is attested. */
export interface Stamp {
  time?: string;
  source?: string;
}

export interface SessionCreated extends Stamp {
  sessionId: string;
  body: SessionBody;
  format: MeetingFormat;
  date: IsoDate;
  title: string;
  item?: string;
  /** Main Committee number (1-6) for `ga-main-committee`. */
  committee?: number;
  members: Member[];
  /** Observers: they speak, they never vote. */
  observers?: Member[];
  /** Seats the data could not fill for the date (the session runs with the known members). */
  unknownSeats?: number;
  president?: StateCode;
  meetingNumber?: number;
  conveners?: StateCode[];
  seizedItems?: string[];
  /** Practice option set (src/rules/practice/floor.ts); absent: 'un'. */
  practice?: 'un' | 'mun';
  sources?: string[];
}
export interface Letter {
  symbol: string;
  gaSymbol?: string;
  gaAgendaItems?: number[];
  date?: IsoDate;
}
export interface MeetingRequested extends Stamp {
  basis: 'rule-2' | 'rule-3';
  requesters: StateCode[];
  letter?: Letter;
  urgency: 'unqualified' | 'urgent';
  briefersRequested?: string[];
}
/** A whip count: would a procedural vote on the request be won? (R9 edge case, R20) */
export interface SupportCounted extends Stamp {
  /** Named supporters, when known. */
  supporters?: StateCode[];
  count: number;
  required: number;
  winnable: boolean;
  note?: string;
}
export interface RequestWithdrawn extends Stamp {
  by: StateCode | 'chair' | 'system';
  reason?: string;
}
export interface MeetingScheduled extends Stamp {
  date: IsoDate;
  by: StateCode | 'chair';
}
export interface AgendaItem {
  title: string;
  subItem?: string;
  documents?: string[];
}
export interface AgendaProposed extends Stamp {
  items: AgendaItem[];
}
export interface AgendaObjected extends Stamp {
  by: StateCode;
  reason?: string;
}
export interface AgendaDecided extends Stamp {
  adopted: boolean;
  method: 'without-vote' | 'vote';
  voteId?: string;
}
/** R15: the item joins the Summary Statement after its first formal meeting. */
export interface SummaryStatementUpdated extends Stamp {
  item: string;
  added: boolean;
  lastFormalConsideration: IsoDate;
}
export interface InvitationProposed extends Stamp {
  invitee: string;
  name: string;
  rule: '37' | '39' | 'special';
  title?: string;
}
export interface InvitationObjected extends Stamp {
  invitee: string;
  by: StateCode;
}
export interface InvitationsDecided extends Stamp {
  invited: string[];
  notInvited: string[];
  method: 'without-vote' | 'vote';
  voteId?: string;
}
export interface InvitationDeclined extends Stamp {
  invitee: string;
  note?: string;
}
export interface FloorRequested extends Stamp {
  speaker: string;
}
export type StatementKind = 'statement' | 'briefing' | 'explanation-before-vote' | 'explanation-after-vote' | 'national-capacity';
export interface StatementMade extends Stamp {
  speaker: string;
  kind: StatementKind;
  summary?: string;
}
export interface DraftSubmitted extends Stamp {
  draftId: string;
  symbol?: string;
  title: string;
  sponsors: StateCode[];
  matter: Matter;
  majority?: Majority;
  amends?: string;
  change?: 'add' | 'delete' | 'revise';
  distance?: number;
  /** Submission order (Rule 32; GA rule 91). */
  seq: number;
  preambular?: string[];
  operative?: string[];
  /** An amendment's target paragraph and wording (see draft-decided: adopted amendments change the text). */
  paragraph?: ParagraphRef;
  text?: string;
}
export interface ParagraphRef {
  part: 'preambular' | 'operative';
  index: number;
}
/**
 * A co-chair link issued or revoked by the President (src/server/co-chairs.ts): identity
 * facts the server reads; restricted events (visibility.ts), never sent to any client.
 */
export interface CoChairIssued extends Stamp {
  coChairId: string;
  label?: string;
  /** The token's SHA-256: kept in the log for every instance's directory, never sent (a restricted event). */
  credentials?: { token: string };
}
export interface CoChairRevoked extends Stamp {
  coChairId: string;
}
export interface DraftCosponsored extends Stamp {
  draftId: string;
  member: StateCode;
}
export interface DraftWithdrawn extends Stamp {
  draftId: string;
}
export interface MotionMoved extends Stamp {
  motionId: string;
  motion: MotionKind;
  by: StateCode | 'chair';
  detail?: string;
  /** Tabling order (ties between equal motions keep it). */
  seq: number;
  /** Caucus motions (practice: Model UN): the caucus's total and speaking time, or an extension's seconds. */
  totalSeconds?: number;
  speakingSeconds?: number;
  seconds?: number;
  topic?: string;
}
export interface MotionDecided extends Stamp {
  motionId: string;
  status: 'adopted' | 'rejected' | 'lapsed';
  voteId?: string;
}
export interface VoteOpened extends Stamp {
  /** GA rule 87: the member the roll call of a recorded vote starts with, drawn by lot. */
  firstToVote?: StateCode;
  voteId: string;
  question: string;
  subject: VoteSubject;
  matter: Matter;
  majority?: Majority;
}
export interface BallotCast extends Stamp {
  voteId: string;
  member: StateCode;
  ballot: Ballot;
}
/** The outcome of a vote as the engine decided it, with the rules engine's explanation. */
export interface VoteRecorded extends Stamp {
  voteId: string;
  question: string;
  subject: VoteSubject;
  matter: Matter;
  majority?: Majority;
  /** Per-member ballots when known (SC always; GA recorded votes when given). */
  ballots?: Record<StateCode, Ballot>;
  tally: Tally;
  decision: Decision;
  resolution?: string;
}
export interface DraftDecided extends Stamp {
  draftId: string;
  status: 'adopted' | 'not-adopted' | 'lapsed';
  voteId?: string;
}
/** Division of a text (Rule 32; GA rule 89 [129]): parts named by paragraph, with their wording as requested. */
export interface DivisionRequested extends Stamp {
  divisionId: string;
  draftId: string;
  by: StateCode | 'chair';
  parts: ParagraphRef[];
  /** Each part's wording when the division was asked (the record prints what was voted separately). */
  wording: string[];
  rule: string;
}
export interface DivisionObjected extends Stamp {
  divisionId: string;
  by: StateCode;
  /** Council: the mover's objection blocks (Rule 32); Assembly bodies: the motion goes to a vote (GA rule 89). */
  effect: 'blocks' | 'vote';
  rule: string;
}
export interface DivisionDecided extends Stamp {
  divisionId: string;
  outcome: 'agreed' | 'rejected' | 'blocked';
  method: 'without-objection' | 'vote' | 'mover-objected';
  voteId?: string;
  rule: string;
}
export interface PartDecided extends Stamp {
  divisionId: string;
  part: ParagraphRef;
  retained: boolean;
  voteId: string;
}
/** Every part decided: the text left (rejected parts out), to be voted as a whole or rejected as a whole (GA rule 89). */
export interface DivisionCompleted extends Stamp {
  divisionId: string;
  draftId: string;
  outcome: 'vote-as-whole' | 'rejected-as-whole';
  preambular: string[];
  operative: string[];
  rule: string;
}
export interface WebcastConsentGiven extends Stamp {
  member: StateCode;
  consent: boolean;
}
export interface WebcastDecided extends Stamp {
  webcast: boolean;
  objectors: StateCode[];
  /** Members who gave no answer: silence is not consent. */
  missing: StateCode[];
  /** The rules engine's explanation. */
  explanation?: string;
}
export type MeetingEnd = Stamp;
/** The chair calls the roll: earlier answers are cleared. */
export interface RollCalled extends Stamp {
  rollId: string;
}
export interface RollAnswered extends Stamp {
  member: StateCode;
  attendance: Attendance;
  /** The chair recorded the answer for a delegation with no device. */
  recordedBy: 'delegation' | 'chair';
}
/** The floor given: `startedAt` is the server's clock (ISO), so every screen counts down alike. */
export interface FloorGiven extends Stamp {
  member: string;
  limitSeconds: number;
  startedAt: string;
}
export interface FloorExtended extends Stamp {
  seconds: number;
}
/** MUN practice: the rest of the time goes to another speaker or to questions (the same speaker answers). */
export interface FloorYielded extends Stamp {
  by: string;
  to: 'speaker' | 'questions';
  member: string;
  limitSeconds: number;
  startedAt: string;
}
export interface SpeakersListChanged extends Stamp {
  speakers: string[];
}
export interface PointRaised extends Stamp {
  pointId: string;
  by: StateCode;
  kind: 'order' | 'reply';
}
export interface PointResolved extends Stamp {
  pointId: string;
  outcome: 'heard' | 'dismissed';
}
export interface StrawPollOpened extends Stamp {
  pollId: string;
  question: string;
  options: string[];
}
export interface StrawPollAnswered extends Stamp {
  pollId: string;
  member: StateCode;
  option: number;
}
export interface StrawPollClosed extends Stamp {
  pollId: string;
}
/** A carried caucus motion starts the caucus (practice: Model UN); `startedAt` is the server's clock. */
export interface CaucusStarted extends Stamp {
  motionId: string;
  kind: CaucusKind;
  totalSeconds: number;
  speakingSeconds?: number;
  topic?: string;
  startedAt: string;
}
export interface CaucusExtended extends Stamp {
  motionId: string;
  seconds: number;
}
/** The chair ends the caucus (early or when its time is up). */
export interface CaucusEnded extends Stamp {
  elapsedSeconds: number;
}
/** Restricted (visibility.ts): only the chair and the delegation named in it may read it. */
export interface NoteSent extends Stamp {
  noteId: string;
  from: StateCode | 'chair';
  to: StateCode | 'chair';
  text: string;
  /** Server time (ISO). */
  sentAt: string;
}

/** An Assembly agenda item as a letter names it: "68", "Promotion and protection of human rights". */
export interface DocumentAgendaItem {
  number: string;
  title: string;
}
/** A letter (or note verbale, communiqué) a delegation asks the Secretariat to circulate (spec R49). */
export interface CommunicationSubmitted extends Stamp {
  communicationId: string;
  from: StateCode;
  kind: 'letter' | 'note-verbale' | 'communique';
  addressee: 'secretary-general' | 'president-of-the-council';
  title: string;
  paragraphs: string[];
  annexes: { title?: string; paragraphs: string[] }[];
  signature?: { name: string; titles: string[] };
  circulation: { council: boolean; assembly?: { session: number; agendaItems: DocumentAgendaItem[] } };
  original: string;
  date?: IsoDate;
  seq: number;
}
/** The chair set where a series' numbering goes on from (so a replay matches the real record). */
export interface SymbolCounterSet extends Stamp {
  series: string;
  next: number;
}
/** One organ's side of an issued document: its symbol and what its masthead prints (R49, R50). */
export type IssuedOrgan =
  | { organ: 'general-assembly'; session: number; committee?: number; agendaItems: DocumentAgendaItem[]; symbol: string }
  | { organ: 'security-council'; year: number; symbol: string };
/** The Secretariat issued a document: symbols (one per series, R49), distribution, date, original (R50). */
export interface DocumentIssued extends Stamp {
  documentId: string;
  of: { kind: 'communication'; communicationId: string } | { kind: 'draft'; draftId: string };
  organs: IssuedOrgan[];
  /** The counters this issue used, each now one further ("S/2014" 873); none for a Rev./Add./Corr. */
  numbered: { series: string; n: number }[];
  /** A Rev./Add./Corr. of an earlier issued document. */
  modifies?: { documentId: string; modifier: 'Rev' | 'Add' | 'Corr' };
  distribution: 'general' | 'limited';
  date: IsoDate;
  original: string;
  seq: number;
}

export interface EventDataMap {
  'session-created.v1': SessionCreated;
  'meeting-requested.v1': MeetingRequested;
  'support-counted.v1': SupportCounted;
  'request-withdrawn.v1': RequestWithdrawn;
  'meeting-scheduled.v1': MeetingScheduled;
  'meeting-opened.v1': Stamp;
  'agenda-proposed.v1': AgendaProposed;
  'agenda-objected.v1': AgendaObjected;
  'agenda-decided.v1': AgendaDecided;
  'summary-statement-updated.v1': SummaryStatementUpdated;
  'invitation-proposed.v1': InvitationProposed;
  'invitation-objected.v1': InvitationObjected;
  'invitations-decided.v1': InvitationsDecided;
  'invitation-declined.v1': InvitationDeclined;
  'floor-requested.v1': FloorRequested;
  'statement-made.v1': StatementMade;
  'draft-submitted.v1': DraftSubmitted;
  'draft-withdrawn.v1': DraftWithdrawn;
  'motion-moved.v1': MotionMoved;
  'motion-decided.v1': MotionDecided;
  'vote-opened.v1': VoteOpened;
  'ballot-cast.v1': BallotCast;
  'vote-recorded.v1': VoteRecorded;
  'draft-decided.v1': DraftDecided;
  'webcast-consent-given.v1': WebcastConsentGiven;
  'webcast-decided.v1': WebcastDecided;
  'meeting-suspended.v1': MeetingEnd;
  'meeting-resumed.v1': MeetingEnd;
  'meeting-adjourned.v1': MeetingEnd;
  'meeting-closed.v1': MeetingEnd;
  'communication-submitted.v1': CommunicationSubmitted;
  'symbol-counter-set.v1': SymbolCounterSet;
  'document-issued.v1': DocumentIssued;
  'roll-called.v1': RollCalled;
  'roll-answered.v1': RollAnswered;
  'floor-given.v1': FloorGiven;
  'floor-extended.v1': FloorExtended;
  'floor-yielded.v1': FloorYielded;
  'speakers-list-changed.v1': SpeakersListChanged;
  'point-raised.v1': PointRaised;
  'point-resolved.v1': PointResolved;
  'straw-poll-opened.v1': StrawPollOpened;
  'straw-poll-answered.v1': StrawPollAnswered;
  'straw-poll-closed.v1': StrawPollClosed;
  'note-sent.v1': NoteSent;
  'draft-cosponsored.v1': DraftCosponsored;
  'caucus-started.v1': CaucusStarted;
  'caucus-extended.v1': CaucusExtended;
  'caucus-ended.v1': CaucusEnded;
  'co-chair-issued.v1': CoChairIssued;
  'co-chair-revoked.v1': CoChairRevoked;
  'division-requested.v1': DivisionRequested;
  'division-objected.v1': DivisionObjected;
  'division-decided.v1': DivisionDecided;
  'part-decided.v1': PartDecided;
  'division-completed.v1': DivisionCompleted;
}

export type EventType = keyof EventDataMap;
export type SessionEvent = { [K in EventType]: { type: K; data: EventDataMap[K] } }[EventType];
export type EventOf<K extends EventType> = { type: K; data: EventDataMap[K] };

export const EVENT_TYPES: readonly EventType[] = [
  'session-created.v1',
  'meeting-requested.v1',
  'support-counted.v1',
  'request-withdrawn.v1',
  'meeting-scheduled.v1',
  'meeting-opened.v1',
  'agenda-proposed.v1',
  'agenda-objected.v1',
  'agenda-decided.v1',
  'summary-statement-updated.v1',
  'invitation-proposed.v1',
  'invitation-objected.v1',
  'invitations-decided.v1',
  'invitation-declined.v1',
  'floor-requested.v1',
  'statement-made.v1',
  'draft-submitted.v1',
  'draft-withdrawn.v1',
  'motion-moved.v1',
  'motion-decided.v1',
  'vote-opened.v1',
  'ballot-cast.v1',
  'vote-recorded.v1',
  'draft-decided.v1',
  'webcast-consent-given.v1',
  'webcast-decided.v1',
  'meeting-suspended.v1',
  'meeting-resumed.v1',
  'meeting-adjourned.v1',
  'meeting-closed.v1',
  'communication-submitted.v1',
  'symbol-counter-set.v1',
  'document-issued.v1',
  'roll-called.v1',
  'roll-answered.v1',
  'floor-given.v1',
  'floor-extended.v1',
  'floor-yielded.v1',
  'speakers-list-changed.v1',
  'point-raised.v1',
  'point-resolved.v1',
  'straw-poll-opened.v1',
  'straw-poll-answered.v1',
  'straw-poll-closed.v1',
  'note-sent.v1',
  'draft-cosponsored.v1',
  'caucus-started.v1',
  'caucus-extended.v1',
  'caucus-ended.v1',
  'co-chair-issued.v1',
  'co-chair-revoked.v1',
  'division-requested.v1',
  'division-objected.v1',
  'division-decided.v1',
  'part-decided.v1',
  'division-completed.v1',
];

/** Build a typed event (keeps handlers short and checked). */
export function event<K extends EventType>(type: K, data: EventDataMap[K]): EventOf<K> {
  return { type, data };
}

export function isKnownEvent(e: { type: string }): e is SessionEvent {
  return (EVENT_TYPES as readonly string[]).includes(e.type);
}
