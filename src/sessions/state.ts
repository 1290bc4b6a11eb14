/**
 * The state of one session as the reducer folds it from events. Plain JSON data, never
 * mutated in place: every event yields a new state object (earlier states stay valid).
 */
import { formatRules } from '../rules/security-council/formats.js';
import type { Ballot, BodyKind, Composition, IsoDate, StateCode } from '../rules/types.js';
import type {
  AgendaItem,
  CommunicationSubmitted,
  DivisionRequested,
  DocumentIssued,
  DraftSubmitted,
  PartDecided,
  MeetingRequested,
  MotionMoved,
  RequestWithdrawn,
  SessionCreated,
  StatementMade,
  SummaryStatementUpdated,
  SupportCounted,
  VoteOpened,
  VoteRecorded,
  WebcastDecided,
  Attendance,
} from './events.js';

/**
 * pending: created, not yet opened (a request may be pending); scheduled: the President
 * has fixed the date; withdrawn: the request was dropped (no meeting); open / suspended /
 * adjourned / closed: the meeting itself.
 */
export type Phase = 'pending' | 'scheduled' | 'withdrawn' | 'open' | 'suspended' | 'adjourned' | 'closed';

export interface AgendaState {
  status: 'none' | 'proposed' | 'adopted' | 'not-adopted';
  items: AgendaItem[];
  /** Members objecting to the provisional agenda (R13). */
  objections: StateCode[];
  method?: 'without-vote' | 'vote';
}

export interface Invitation {
  invitee: string;
  name: string;
  rule: '37' | '39' | 'special';
  title?: string;
  status: 'proposed' | 'invited' | 'not-invited' | 'declined';
  objections: StateCode[];
}

export interface Draft extends DraftSubmitted {
  status: 'submitted' | 'adopted' | 'not-adopted' | 'withdrawn' | 'lapsed';
  /** Delegations that signed on after submission (issue 10). */
  cosponsors?: StateCode[];
}

/** A division of a text (Rule 32; GA rule 89 [129]) and where it stands. */
export interface Division extends DivisionRequested {
  /** requested: awaiting objection; objected: the motion goes to a vote (GA); agreed: the parts are being voted. */
  status: 'requested' | 'objected' | 'agreed' | 'rejected' | 'blocked' | 'completed';
  objections: StateCode[];
  /** The separate votes so far, in the order taken. */
  results: PartDecided[];
  /** Once every part is decided: the rest voted as a whole, or the text rejected as a whole (GA rule 89). */
  outcome?: 'vote-as-whole' | 'rejected-as-whole';
}

export interface Motion extends MotionMoved {
  status: 'pending' | 'adopted' | 'rejected' | 'lapsed';
}

export interface OpenVoteState extends VoteOpened {
  ballots: Record<StateCode, Ballot>;
}

export interface Communication extends CommunicationSubmitted {
  /** The document it was issued as, once the Secretariat has issued it. */
  issuedAs: string | null;
}

export interface IssuedDocument extends DocumentIssued {
  /** Every series' symbol joined by an en dash: "A/69/624–S/2014/873" (spec R49). */
  symbol: string;
}

/** Letters submitted for circulation, the documents issued, and each series' next number (R46-R50). */
export interface DocumentsState {
  communications: Communication[];
  issued: IssuedDocument[];
  counters: Record<string, number>;
}

/** Who has the floor, and since when by the server's clock (countdown: src/rules/practice/floor.ts). */
export interface Floor {
  member: string;
  limitSeconds: number;
  startedAt: string;
  /** 'questions': the speaker yielded to questions and answers them (MUN practice). */
  mode: 'statement' | 'questions';
}

/** The Model UN caucus under way (practice: Model UN), timed by the server's clock (src/rules/practice/caucus.ts). */
export interface Caucus {
  motionId: string;
  kind: 'moderated' | 'unmoderated';
  totalSeconds: number;
  speakingSeconds?: number;
  topic?: string;
  startedAt: string;
}

export interface Point {
  pointId: string;
  by: StateCode;
  kind: 'order' | 'reply';
  status: 'pending' | 'heard' | 'dismissed';
}

export interface StrawPoll {
  pollId: string;
  question: string;
  options: string[];
  /** Each member's latest answer (an index into options). */
  answers: Record<StateCode, number>;
  status: 'open' | 'closed';
}

export interface SessionState {
  /** Null until the session-created event: nothing else applies before it. */
  session: SessionCreated | null;
  phase: Phase;
  scheduledDate: IsoDate | null;
  request: MeetingRequested | null;
  whipCounts: SupportCounted[];
  withdrawal: RequestWithdrawn | null;
  agenda: AgendaState;
  summaryStatement: SummaryStatementUpdated[];
  invitations: Invitation[];
  /** Speakers who asked for the floor and have not spoken yet, in order. */
  speakers: string[];
  statements: StatementMade[];
  drafts: Draft[];
  /** Rule 33 motions moved during the meeting. */
  motions: Motion[];
  openVote: OpenVoteState | null;
  votes: VoteRecorded[];
  webcast: { consents: Record<StateCode, boolean>; decision: WebcastDecided | null };
  documents: DocumentsState;
  /** The last roll call of attendance (GA rules 67, 108): who answered, and how. Null until one is called. */
  roll: { rollId: string; answers: Record<StateCode, Attendance> } | null;
  /** The speaker now on the floor (issue 10), null when nobody speaks. */
  floor: Floor | null;
  points: Point[];
  /** Non-binding; never decisions. */
  strawPolls: StrawPoll[];
  /** Requests to vote parts of a text separately. */
  divisions: Division[];
  /** The Model UN caucus under way, null when none (a MUN session only). */
  caucus: Caucus | null;
}

export const initialState: SessionState = Object.freeze({
  session: null,
  phase: 'pending',
  scheduledDate: null,
  request: null,
  whipCounts: [],
  withdrawal: null,
  agenda: { status: 'none', items: [], objections: [] },
  summaryStatement: [],
  invitations: [],
  speakers: [],
  statements: [],
  drafts: [],
  motions: [],
  openVote: null,
  votes: [],
  webcast: { consents: {}, decision: null },
  documents: { communications: [], issued: [], counters: {} },
  roll: null,
  floor: null,
  points: [],
  strawPolls: [],
  divisions: [],
  caucus: null,
}) as SessionState;

/** Every symbol issued in the session, each series' own (not the joint form). */
export function issuedSymbols(state: SessionState): string[] {
  return state.documents.issued.flatMap((d) => d.organs.map((o) => o.symbol));
}

/** Formal meetings are numbered Council meetings governed by the rules (R40, R41): the rules say which formats are. */
export function isFormal(state: SessionState): boolean {
  const s = state.session;
  if (!s) return false;
  return s.body !== 'security-council' || formatRules(s.format).formal;
}

/** The seats as the rules take them (src/rules: Composition). */
export function composition(state: SessionState): Composition {
  const s = state.session!;
  return { date: s.date, seats: s.members.map((m) => ({ code: m.code, permanent: m.permanent })) };
}

export function memberCodes(state: SessionState): StateCode[] {
  return state.session ? state.session.members.map((m) => m.code) : [];
}

export function isMember(state: SessionState, code: string): boolean {
  return state.session?.members.some((m) => m.code === code) ?? false;
}

/** The body as the rules know it: the older `ga-third-committee` is a Main Committee. */
export function bodyKind(state: SessionState): BodyKind {
  const body = state.session?.body ?? 'security-council';
  return body === 'ga-third-committee' ? 'ga-main-committee' : body;
}

/** An observer of the session: it speaks, it never votes. */
export function isObserver(state: SessionState, code: string): boolean {
  return state.session?.observers?.some((m) => m.code === code) ?? false;
}

/** Display name of a member, invitee or other speaker, as the session knows it. */
export function nameOf(state: SessionState, id: string): string {
  const member = state.session?.members.find((m) => m.code === id) ?? state.session?.observers?.find((m) => m.code === id);
  if (member) return member.name;
  const invitee = state.invitations.find((i) => i.invitee === id);
  return invitee ? invitee.name : id;
}
