/**
 * The session engine as the server uses it: the one seam between HTTP/WebSocket and
 * src/sessions. Everything the server asks of the engine goes through this interface.
 */
import type { StoredEvent } from '../store/event-store.js';
import type { Actor } from './directory.js';

export interface EngineError {
  code: string;
  message: string;
  rule?: string;
}

export type EngineResult<T> = { ok: true; value: T } | { ok: false; error: EngineError };

export interface NewSession {
  sessionId: string;
  date: string;
  title: string;
  format: 'public' | 'private' | 'consultations' | 'arria';
  body: 'security-council';
  item?: string;
  /** Arria meetings: the conveners (R43). */
  conveners?: string[];
  /** The flat record of hashes/sealed secrets (credentials.ts). */
  credentials: Record<string, string>;
}

export interface Seat {
  code: string;
  name: string;
  permanent: boolean;
}

export interface CouncilOnDate {
  members: Seat[];
  president: { code: string; name: string } | null;
}

/** A client command with the actor the server established from the bearer token. */
export type ActedCommand = { id: string; type: string; actor: Actor } & Record<string, unknown>;

export interface LiveEngine {
  /** Who sat on the Council on `date`, and the President of that month (history data). */
  councilOn(date: string): EngineResult<CouncilOnDate>;
  /** Create the session with these members; the engine writes `session-created` with the credentials. */
  create(session: NewSession, council: CouncilOnDate): Promise<EngineResult<{ version: number }>>;
  execute(sessionId: string, command: ActedCommand): Promise<EngineResult<{ version: number; events: StoredEvent[] }>>;
  /** The session's current state (unredacted), or undefined if there is no such session. */
  view(sessionId: string): Promise<{ version: number; state: unknown } | undefined>;
}
