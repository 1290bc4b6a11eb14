/**
 * The live-session protocol as the browser sees it (docs/protocol.md, owned by the server).
 * Only shapes the app reads are declared; everything arriving is checked in guards.ts.
 */

export type Format = 'public' | 'private' | 'consultations' | 'arria';
export type BallotValue = 'yes' | 'no' | 'abstain' | 'non-participation' | 'absent';

export interface ApiError {
  code: string;
  message: string;
  /** HTTP status, or 0 when the network failed before any answer. */
  status: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface CreateSessionRequest {
  date: string;
  title: string;
  format?: Format;
  body?: 'security-council';
  /** Server extension: the agenda item the meeting is about. */
  item?: string;
  /** Server extension: the members convening an Arria-formula meeting (default: the President of the month). */
  conveners?: string[];
}

export interface DelegationCredential {
  code: string;
  name: string;
  joinCode: string;
  url: string;
}

export interface CreatedSession {
  sessionId: string;
  chair: { token: string; url: string };
  board: { url: string };
  delegations: DelegationCredential[];
}

export interface Joined {
  sessionId: string;
  code: string;
  name: string;
  token: string;
}

/** An event as the store keeps it; `data` is read through session/project.ts. */
export interface StoredEvent {
  sessionId: string;
  version: number;
  type: string;
  data: unknown;
  commandId: string | null;
  at: string;
}

export interface CommandResult {
  version: number;
  events: StoredEvent[];
}

export interface SessionSnapshot {
  sessionId: string;
  version: number;
  state: unknown;
}

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

export interface CouncilMember {
  code: string;
  name?: string;
  permanent?: boolean;
}

export interface CouncilOnDate {
  members: CouncilMember[];
  president: string | { code: string; name?: string } | null;
}

/** A command as the client sends it; the server adds `actor` from the bearer token. */
export interface ClientCommand {
  id: string;
  type: string;
  [payload: string]: unknown;
}

/** Server -> client WebSocket messages. */
export type ServerMessage =
  | { type: 'events'; events: StoredEvent[] }
  | { type: 'result'; id: string; ok: true; version: number }
  | { type: 'result'; id: string; ok: false; error: { code: string; message: string } }
  | { type: 'ping' }
  | { type: 'pong' };
