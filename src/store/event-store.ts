/**
 * The one storage contract: an append-only event log per session with optimistic
 * concurrency (boardgame.io style: the reducer is authoritative, storage is an adapter).
 * Implementations: memory (tests), sqlite (embedded default), postgres (scale-out).
 */
import type { IdentityStore } from './identity-store.js';

/** An event as stored: `version` is its 1-based position in its session's stream. */
export interface StoredEvent<T = unknown> {
  sessionId: string;
  version: number;
  type: string;
  data: T;
  /** The command that produced it; a command id is applied at most once per session. */
  commandId: string | null;
  /** ISO timestamp when the store accepted it. */
  at: string;
}

export interface NewEvent<T = unknown> {
  type: string;
  data: T;
}

export interface AppendResult {
  /** The stream's version after the append (or after the original append, if duplicate). */
  version: number;
  /** The events this command produced: freshly stored, or the ones stored the first time. */
  events: StoredEvent[];
  /** True when the command id had already been applied: nothing new was written. */
  duplicate: boolean;
}

export interface SessionSummary {
  sessionId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EventStore {
  /**
   * Append atomically at `expectedVersion` (0 for a new session). Rejects with
   * ConcurrencyError if the stream has moved on. With a `commandId` already applied to
   * this session, writes nothing and returns the original events with duplicate=true.
   * Malformed arguments or event data that is not plain JSON reject with StoreError
   * ('invalid-append', see store-error.ts) before anything is written. With a
   * `commandHash` (of the command's body and sender), a stored command id whose hash
   * differs is refused with StoreError('command-id-reused') instead of answered.
   */
  append(sessionId: string, expectedVersion: number, events: NewEvent[], commandId?: string, commandHash?: string): Promise<AppendResult>;
  /**
   * The idempotency ledger: what `commandId` stored in the session (a retry's answer), or
   * undefined if it was never applied there. With a `commandHash` that differs from the
   * stored one, rejects with StoreError('command-id-reused').
   */
  findCommand(sessionId: string, commandId: string, commandHash?: string): Promise<AppendResult | undefined>;
  /** Events with version > afterVersion, in order. */
  read(sessionId: string, afterVersion?: number): Promise<StoredEvent[]>;
  listSessions(): Promise<SessionSummary[]>;
  /**
   * True when nothing but this store object appends to its log (memory; SQLite opened
   * exclusive): a refused append then means every later append to that session made before
   * it was answered is refused too, so a caller may make the next append before the
   * previous one is answered (SessionService pipelines a session's commands).
   */
  readonly soleWriter?: boolean;
  /** Sessions' secrets (hashes), in the same database as the events but never in them. */
  readonly identities: IdentityStore;
  close(): Promise<void>;
}

export class ConcurrencyError extends Error {
  readonly code = 'version-conflict';
  constructor(
    readonly sessionId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`session ${sessionId} is at version ${actualVersion}, not ${expectedVersion}: another writer appended first`);
    this.name = 'ConcurrencyError';
  }
}
