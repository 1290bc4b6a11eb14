/**
 * The live-session protocol as the browser sees it: the shapes are src/protocol's (docs/protocol.md),
 * plus what only the app needs. Events are checked against their schemas by the reducer (src/protocol/events.ts).
 */
import type { Ballot, CreateSessionRequest, MeetingFormat, WireEvent } from '../../../src/protocol/index.js';

export type {
  ClientCommand,
  CommandResult,
  CouncilOnDate,
  CreatedSession,
  CreateSessionRequest,
  DelegationCredential,
  Joined,
  RosterOnDate,
  ServerMessage,
  SessionSnapshot,
  WireEvent as StoredEvent,
} from '../../../src/protocol/index.js';
export type Format = MeetingFormat;
export type BallotValue = Ballot;
/** The bodies a session can be created for (POST /api/sessions `body`). */
export type SessionBodyKind = NonNullable<CreateSessionRequest['body']>;

export interface ApiError {
  code: string;
  message: string;
  /** HTTP status, or 0 when the network failed before any answer. */
  status: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type StoredEvent = WireEvent;

export interface FixtureSummary {
  id: string;
  title?: string;
  date?: string;
  [key: string]: unknown;
}

export interface Fixture {
  meta: FixtureSummary;
  events: StoredEvent[];
}

/** A private note between a delegation and the chair (GET /api/sessions/:id/notes). */
export interface Note {
  version: number;
  noteId: string;
  from: string;
  to: string;
  text: string;
  sentAt: string;
}
